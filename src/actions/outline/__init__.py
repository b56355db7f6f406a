"""The enumeration outline: marker rules (rules.py) and the tree builder (build.py)."""
