"""`actions serve`: the review in the browser, from a .docx to a checked 任务分解表.xlsx.

The server keeps nothing. Every request carries what it needs and the answer is all there is:

    GET  /              the page (open form, review panes, editor), self-contained
    POST /api/open      the bytes of a .docx or text file (Content-Type: application/octet-stream;
                        ?name=FILE&date=YYYY-MM-DD&encoding=E) → {text, document, parts}
    POST /api/render    {text, document, actions: [correction…]} → {document, parts, selected}
                        (no actions: show a Document saved earlier, checked against the text)
    POST /api/export    {document, format, project} → the file, as a download (a .zip of the
                        files when the target imports a limited number of tasks per file:
                        Todoist's 300 a project)

Uploads are read into memory, never to a file, and no name the client sends is a path: the
file name is only recorded in the Document. The size limit and the input errors are the
CLI's (actions.io.sources); an error is `{"error": "one line"}` with status 400 (413 when
too large, 415 for a wrong content type), shown on the page. The API takes JSON or raw bytes
only, never a form, so no other web site can post to it from a user's browser without
the browser asking first (CORS), and it answers no such request.
"""

from __future__ import annotations

import datetime as dt
import io
import urllib.parse
import zipfile
from pathlib import PurePosixPath, PureWindowsPath

import orjson
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from actions.errors import InputError
from actions.export import FORMATS, ExportOptions, export_files, part_name, writer
from actions.io.jsonio import to_json
from actions.models import Document, Review
from actions.pipeline import extract
from actions.review.corrections import CORRECTIONS, apply_corrections
from actions.review.documents import check_same_text, parse_document
from actions.review.page import build_app_page, page_parts, page_policy
from actions.io.sources import DEFAULT_MAX_BYTES, check_size, source_from_bytes

FORMAT_ORDER = ("xlsx", *(name for name in FORMATS if name != "xlsx"))
MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "jira-csv": "text/csv; charset=utf-8",
    "todoist": "text/csv; charset=utf-8",
    "markdown": "text/markdown; charset=utf-8",
    "ics": "text/calendar; charset=utf-8",
    "jsonl": "application/jsonl",
}
PASTED_NAME = "粘贴的文字.txt"


class _Refused(Exception):
    """A request the app does not take: status and one line for the page."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def create_app(*, max_bytes: int = DEFAULT_MAX_BYTES) -> Starlette:
    """The app; `max_bytes` limits an uploaded file as --max-bytes limits the CLI's input."""
    page = build_app_page([(name, writer(name).DESCRIPTION) for name in FORMAT_ORDER], max_bytes)
    headers = {
        "Content-Security-Policy": page_policy(app=True) + "; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }

    async def index(request: Request) -> Response:
        return HTMLResponse(page, headers=headers)

    async def open_speech(request: Request) -> Response:
        return await _answer(_open_speech, request, max_bytes)

    async def render(request: Request) -> Response:
        return await _answer(_render, request, max_bytes)

    async def export_document(request: Request) -> Response:
        return await _answer(_export, request, max_bytes)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/api/open", open_speech, methods=["POST"]),
        Route("/api/render", render, methods=["POST"]),
        Route("/api/export", export_document, methods=["POST"]),
    ]
    return Starlette(routes=routes)


async def _answer(handler, request: Request, max_bytes: int) -> Response:
    try:
        return await handler(request, max_bytes)
    except _Refused as refused:
        return _error(refused.status, str(refused))
    except InputError as error:
        return _error(413 if "larger than the limit" in str(error) else 400, str(error))
    except MemoryError:
        return _error(413, "out of memory: the input is too large for this machine; split it into smaller files")


def _error(status: int, message: str) -> Response:
    return Response(to_json({"error": message}, indent=False), status_code=status, media_type="application/json")


def _json(data: dict) -> Response:
    return Response(to_json(data, indent=False), media_type="application/json", headers={"Cache-Control": "no-store"})


# -- reading requests ------------------------------------------------------------------------------


async def _body(request: Request, limit: int, name: str, content_type: str) -> bytes:
    """The request body in memory; past `limit` bytes it is refused as the CLI refuses a file."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != content_type:
        raise _Refused(415, f"send {content_type}")
    declared = request.headers.get("content-length", "")
    if declared.isdigit():
        check_size(int(declared), name, limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        check_size(size, name, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _json_limit(max_bytes: int) -> int:
    """A text of up to `max_bytes` with its Document: the items repeat their words and sentences."""
    return 4 * max_bytes + 1024 * 1024


async def _json_body(request: Request, max_bytes: int) -> dict:
    data = await _body(request, _json_limit(max_bytes), "the request", "application/json")
    try:
        body = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise _Refused(400, f"the request is not JSON ({error})") from None
    if not isinstance(body, dict):
        raise _Refused(400, "the request is not a JSON object")
    return body


def _file_name(raw: str | None) -> str:
    """The name the client gave, as a name only (never a path): recorded, never opened."""
    name = PureWindowsPath(PurePosixPath(raw or "").name).name.strip()
    name = "".join(char for char in name if char.isprintable())[:200]
    return name or PASTED_NAME


def _date(raw: str | None) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise InputError(f"meeting date {raw!r} is not a date", "write it as YYYY-MM-DD, e.g. 2012-05-10") from None


def _text(body: dict) -> str:
    text = body.get("text")
    if not isinstance(text, str):
        raise _Refused(400, "the request has no text: open the speech first")
    return text


def _document(body: dict) -> Document:
    data = body.get("document")
    if not isinstance(data, dict):
        raise _Refused(400, "the request has no Document")
    return parse_document(data, "the Document")


# -- the endpoints -----------------------------------------------------------------------------------


async def _open_speech(request: Request, max_bytes: int) -> Response:
    name = _file_name(request.query_params.get("name"))
    date = _date(request.query_params.get("date"))
    encoding = request.query_params.get("encoding") or None
    data = await _body(request, max_bytes, name, "application/octet-stream")

    def work() -> dict:
        source = source_from_bytes(data, name, encoding=encoding)
        document = extract(source.text, date, name=source.name, encoding=source.encoding)
        return {"text": source.text, "document": document.model_dump(mode="json"), "parts": page_parts(document, source.text, editable=True)}

    return _json(await run_in_threadpool(work))


async def _render(request: Request, max_bytes: int) -> Response:
    body = await _json_body(request, max_bytes)
    text, document = _text(body), _document(body)
    check_same_text(document, text, "the Document")
    try:
        corrections = CORRECTIONS.validate_python(body.get("actions") or [])
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem.get("loc", ()))
        raise _Refused(400, f"not a correction: {where}: {problem.get('msg', 'invalid')}") from None

    def work() -> dict:
        corrected, selected = apply_corrections(document, text, corrections)
        return {"document": corrected.model_dump(mode="json"), "parts": page_parts(corrected, text, editable=True), "selected": selected}

    return _json(await run_in_threadpool(work))


async def _export(request: Request, max_bytes: int) -> Response:
    body = await _json_body(request, max_bytes)
    document = _document(body)
    format_name = body.get("format")
    if format_name not in FORMATS:
        raise InputError(f"unknown export format {format_name!r}", "choose one of: " + ", ".join(FORMATS))
    project = body.get("project")
    options = ExportOptions(project=project if isinstance(project, str) and project.strip() else None)
    # What leaves the review has been seen by a person.
    document = document.model_copy(update={"review": document.review or Review()})
    parts = await run_in_threadpool(export_files, document, format_name, options)
    module = writer(format_name)
    name = download_name(document, format_name, module.EXTENSION)
    if len(parts) > 1:
        data, name, media_type = zip_of_parts(parts, name), f"{PurePosixPath(name).stem}.zip", "application/zip"
    else:
        data = parts[0]
        media_type = MEDIA_TYPES.get(format_name, "application/json" if module.EXTENSION == "json" else "application/octet-stream")
    headers = {"Content-Disposition": _disposition(name), "Cache-Control": "no-store"}
    return Response(data, media_type=media_type, headers=headers)


def zip_of_parts(parts: list[bytes | str], name: str) -> bytes:
    """The files of a target that imports a limited number of tasks per file, in one zip:
    NAME-1.EXT, NAME-2.EXT … (the names `actions export -o NAME.EXT` writes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, data in enumerate(parts, start=1):
            archive.writestr(part_name(name, number), data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def download_name(document: Document, format_name: str, extension: str) -> str:
    """任务分解表-speech.xlsx, speech.校对.json, speech.jira-csv.csv …"""
    stem = PurePosixPath(document.source.name or "讲话").stem or "讲话"
    if format_name == "xlsx":
        return f"任务分解表-{stem}.xlsx"
    if format_name == "json":
        return f"{stem}.校对.json"
    return f"{stem}.{format_name}.{extension}" if format_name != extension else f"{stem}.{extension}"


def _disposition(name: str) -> str:
    fallback = "".join(char if char.isascii() and char.isalnum() or char in "._-" else "_" for char in name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{urllib.parse.quote(name)}"
