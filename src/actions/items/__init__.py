"""Action items: cue rules (rules.py) and detection of task / directive items (detect.py)."""
