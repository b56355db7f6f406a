"""What people read in a terminal: the task table."""
