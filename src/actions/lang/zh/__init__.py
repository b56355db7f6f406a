"""Chinese: numerals (numerals.py)."""
