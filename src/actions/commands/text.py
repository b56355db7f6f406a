"""`actions text` (to be written)."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser("text", help="(not yet available)")
    parser.set_defaults(run=run)


def run(args) -> int:
    print("actions text: not yet available")
    return 2
