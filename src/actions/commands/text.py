"""`actions text FILE [--view] [--encoding E] [-o OUT]`: the text that spans refer to.

For a .docx this is the rendered Word text (numbering labels included); for a text file the
decoded text. `--view` prints the normalised view the rules match against instead (same
line structure, noise removed), which is useful when a rule does not fire.
"""

from __future__ import annotations

import sys

from actions.commands.common import add_input_arguments, input_path, add_output_arguments, check_output, emit
from actions.text.normalize import normalize
from actions.io.sources import read_source


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "text",
        help="print the text of a file as the extractor reads it (.docx rendered, encodings decoded)",
        description="Print the text that every span of `actions extract` refers to.",
    )
    add_input_arguments(parser)
    parser.add_argument("--view", action="store_true", help="print the normalised view used for matching instead")
    parser.add_argument("--show-encoding", action="store_true", help="name the detected encoding on standard error")
    add_output_arguments(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    check_output(args)
    source = read_source(input_path(args.file), encoding=args.encoding, max_bytes=args.max_bytes)
    if args.show_encoding:
        print(f"{source.name}: {source.encoding}", file=sys.stderr)
    emit(args, normalize(source.text).view if args.view else source.text)
    return 0
