"""Time expressions: rules (rules.py) and their resolution against the meeting date (resolve.py)."""
