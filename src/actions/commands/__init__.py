"""One module per CLI command. Each defines `register(subparsers)`, which adds its parser
and sets `run=function(args) -> exit code` as the parser's default."""
