"""Owners: the unit lexicon and role words (lexicon.py), extraction (extract.py)."""
