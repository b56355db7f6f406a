"""File I/O at the edges: reading sources (text, .docx), writing output atomically, JSON."""
