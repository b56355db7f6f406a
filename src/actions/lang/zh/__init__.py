"""Chinese: numerals and numeral classes (numerals.py) and the words several rule files share (words.py)."""
