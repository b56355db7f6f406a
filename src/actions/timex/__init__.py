"""Time expressions: the expression rules (rules.py) read by the scanner (scan.py), judged by
the context rules (context.py), placed on the calendar by unit (calendar.py) and resolved
against the meeting date (resolve.py); the meeting date itself is found by meeting_date.py."""
