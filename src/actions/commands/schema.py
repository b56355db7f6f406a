"""`actions schema [--write DIR] [--check DIR]`: the JSON Schemas generated from the models,
and the Arrow schemas of the Parquet tables (`<table>.arrow.json`, actions.tables)."""

from __future__ import annotations

from pathlib import Path

import orjson

from actions.commands.common import write_stdout
from actions.models import Document, Outline
from actions.tables import TABLES, schema_json

SCHEMAS = {"document.schema.json": Document, "outline.schema.json": Outline}


def generate() -> dict[str, bytes]:
    """File name → schema bytes, exactly as checked in under schemas/."""
    out = {}
    for file_name, model in SCHEMAS.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
        out[file_name] = orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
    for table in TABLES:  # the columns in table order: the keys of each field sorted, the fields not
        out[f"{table}.arrow.json"] = orjson.dumps(schema_json(table), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
    return out


def register(subparsers) -> None:
    parser = subparsers.add_parser("schema", help="print or write the JSON Schemas of the output")
    parser.add_argument("--write", metavar="DIR", help="write the schema files into DIR")
    parser.add_argument("--check", metavar="DIR", help="exit 1 when the files in DIR are stale")
    parser.set_defaults(run=run)


def run(args) -> int:
    schemas = generate()
    if args.check:
        stale = [name for name, data in schemas.items() if _read(Path(args.check) / name) != data]
        for name in stale:
            print(f"stale: {Path(args.check) / name} (run: actions schema --write {args.check})")
        return 1 if stale else 0
    if args.write:
        directory = Path(args.write)
        directory.mkdir(parents=True, exist_ok=True)
        for name, data in schemas.items():
            (directory / name).write_bytes(data)
            print(f"wrote {directory / name}")
        return 0
    write_stdout(schemas["document.schema.json"])
    return 0


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None
