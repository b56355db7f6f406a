"""`actions export` (to be written)."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="(not yet available)")
    parser.set_defaults(run=run)


def run(args) -> int:
    print("actions export: not yet available")
    return 2
