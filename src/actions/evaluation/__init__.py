"""The evaluation engine behind `actions eval`: gold files, matching, metrics, rendering.

The public entry point is `actions.evaluate.evaluate`; this package holds its parts:
gold.py (reading and checking gold files), matching.py (one-to-one span matching),
metrics.py (scoring one document), report.py (the report models and figures),
floor.py (the regression floor), render.py (the table and the error list).
"""
