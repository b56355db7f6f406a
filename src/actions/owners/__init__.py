"""Owners: the unit lexicon and role words (lexicon.py), extraction (extract.py), the owner index of a view (index.py) and the inheritance policy (inherit.py)."""
