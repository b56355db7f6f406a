"""The `actions` command. Commands live in actions.commands.*; this module parses
arguments, dispatches, and turns user errors (and output the system refuses) into one
line and exit code 2."""

from __future__ import annotations

import argparse
import importlib
import sys

from actions import __version__
from actions.errors import InputError
from actions.io.output import STDOUT_NAME, OutputError, silence_stdout

COMMANDS = ("outline", "extract", "export", "review", "serve", "eval", "text", "schema")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="actions",
        description="Turn Chinese meeting speeches into a structured task list.",
    )
    parser.add_argument("--version", action="version", version=f"actions {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"actions.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except InputError as error:
        if isinstance(error, OutputError) and str(error).startswith(STDOUT_NAME):
            silence_stdout()
        print(f"actions: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("actions: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        # Memory grows with the outline and the items (a few KB each): a file of nothing but markers can exhaust it.
        print("actions: error: out of memory: the input is too large for this machine's memory; "
              "split it into smaller files (or lower --max-bytes to refuse such files)", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`actions extract f | head`): not an error of ours.
        sys.stderr.close()
        return 0
    except OSError as error:
        # Output a command wrote without going through actions.io.output (a table on the
        # terminal, schema files): one line with the path and the cause.
        if error.filename is None:
            silence_stdout()
        print(f"actions: error: {error.filename or STDOUT_NAME}: {error.strerror or error}", file=sys.stderr)
        return 2
