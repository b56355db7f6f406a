"""`actions outline FILE [--format tree|json]`: the enumeration outline of a speech."""

from __future__ import annotations

from actions.commands.common import add_input_arguments, input_path, write_stdout
from actions.io.jsonio import to_json
from actions.models import Outline, OutlineNode
from actions.pipeline import parse_outline
from actions.io.sources import read_source


def register(subparsers) -> None:
    parser = subparsers.add_parser("outline", help="print the enumeration outline of a speech")
    add_input_arguments(parser)
    parser.add_argument("--format", choices=("tree", "json"), default="tree", help="tree for people (default), json for machines")
    parser.set_defaults(run=run)


def run(args) -> int:
    source = read_source(input_path(args.file), encoding=args.encoding, max_bytes=args.max_bytes)
    outline = parse_outline(source.text)
    if args.format == "json":
        write_stdout(to_json(outline) + b"\n")
    else:
        write_stdout(render_tree(outline))
    return 0


def render_tree(outline: Outline) -> str:
    """An indented tree: one line per node, marker then title, offsets at the end."""
    lines: list[str] = []

    def visit(node: OutlineNode) -> None:
        indent = "  " * (node.level - 1)
        lines.append(f"{indent}{node.marker} {node.title}  [{node.marker_span[0]}]")
        for child in node.children:
            visit(child)

    for node in outline.nodes:
        visit(node)
    if not lines:
        return "(no outline markers found)\n"
    return "\n".join(lines) + "\n"
