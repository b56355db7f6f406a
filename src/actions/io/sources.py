"""Files and bytes → text. The only module of the core that reads files.

`read_source` takes a path (or `-` for standard input) and returns the text the spans of a
Document refer to: a Word .docx file is rendered by `actions.io.docx_reader` (paragraphs,
tables and Word's automatic numbering), anything else is decoded as text. Decoding is a
strict cascade: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise UTF-8, then
GB18030 (a superset of GBK and GB2312) when its output reads as Chinese text. Binary data,
undecodable bytes, empty input and oversized input are `InputError`s with a hint; the CLI
prints them on one line.
"""

from __future__ import annotations

import codecs
import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import regex

from actions.errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DOCX_SUFFIXES = (".docx", ".docm")

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Leading bytes of formats that are certainly not text, with what to tell the user.
_SIGNATURES = (
    (b"%PDF-", "a PDF file", "convert it to text first (e.g. pdftotext -layout FILE.pdf)"),
    (b"\xd0\xcf\x11\xe0", "an old Word .doc (or other OLE) file", "save it as .docx or as text"),
    (b"{\\rtf", "an RTF file", "save it as .docx or as text"),
    (b"\x89PNG", "a PNG image", "give the speech as text or .docx"),
    (b"\xff\xd8\xff", "a JPEG image", "give the speech as text or .docx"),
    (b"GIF8", "a GIF image", "give the speech as text or .docx"),
    (b"\x1f\x8b", "a gzip archive", "unpack it first"),
    (b"\x7fELF", "an executable", "give the speech as text or .docx"),
)

# What Chinese text decoded from GB18030 is made of. Random bytes decoded as GB18030 give
# control characters, private-use code points and rare scripts instead.
_UNLIKELY_IN_CHINESE_TEXT = regex.compile(
    r"[^\p{Han}\x20-\x7e\t\n\r\f"
    r"\u00a0-\u00ff\u0391-\u03c9\u0401-\u0451\u2000-\u206f\u2100-\u22ff\u2460-\u24ff"
    r"\u2500-\u27bf\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31c0-\u31ef"
    r"\u3200-\u33ff\ufe30-\ufe4f\uff00-\uffef]"
)
_MAX_UNLIKELY_SHARE = 0.02
_CHINESE = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]")
_MAX_RARE_SHARE = 0.25


@dataclass(frozen=True)
class SourceText:
    """Decoded text with where it came from and how it was decoded."""

    text: str
    name: str
    encoding: str


def read_source(
    path: str, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, base: str | None = None
) -> SourceText:
    """Read a file (or `-` for standard input) as text: .docx rendered, text decoded. A
    relative path is read from `base` when given (a Dask worker reads the client's paths);
    messages name the path as given."""
    data, name = read_bytes(path, max_bytes, base=base)
    return source_from_bytes(data, name, encoding=encoding)


def source_from_bytes(data: bytes, name: str, *, encoding: str | None = None) -> SourceText:
    """The text of `data` (a .docx or encoded text) and the encoding recorded for it."""
    if is_zip(data):
        return SourceText(_docx_text(data, name), name, "docx")
    if name.lower().endswith(DOCX_SUFFIXES):
        raise InputError(f"{name}: not a Word .docx file (it is not a zip archive)", "save it again from Word as .docx")
    text, used = decode(data, name, encoding)
    return SourceText(text, name, used)


def read_bytes(path: str, max_bytes: int, *, base: str | None = None) -> tuple[bytes, str]:
    """The bytes of a file or of standard input, refusing more than `max_bytes`."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        file = Path(base, path) if base else Path(path)
        if not file.exists():
            raise InputError(f"{path}: no such file", "check the path")
        if file.is_dir():
            raise InputError(f"{path}: is a directory", "give a file, or a directory to `actions extract`")
        try:
            with file.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as error:
            raise InputError(f"{path}: cannot read: {error.strerror}", "check the file's permissions") from None
        name = file.name
    check_size(len(data), name, max_bytes)
    return data, name


def check_size(size: int, name: str, max_bytes: int) -> None:
    """InputError when an input is larger than the limit."""
    if size > max_bytes:
        raise InputError(f"{name}: larger than the limit of {max_bytes} bytes", "raise the limit with --max-bytes")


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode strictly; return the text and the encoding used.

    Undecodable input is an error, never silently garbled text.
    """
    if not data.strip():
        raise InputError(f"{name}: empty input", "give a file with text in it")
    if encoding:
        text, used = _decode_as(data, name, encoding), _codec_name(encoding)
    else:
        text, used = _detect(data, name)
    if "\x00" in text:
        raise InputError(f"{name}: binary input (NUL characters)", "give a text file, or name its encoding with --encoding")
    if not text.strip():
        raise InputError(f"{name}: empty input", "give a file with text in it")
    return text, used


def _detect(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, codec), codec
    _refuse_binary(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _as_gb18030(data, name), "gb18030"
    if text.isascii() or (_UNLIKELY_IN_CHINESE_TEXT.search(text) is None and _CHINESE.search(text)):
        return text, "utf-8"
    # Valid UTF-8 with odd characters or none of Chinese: short GBK text can be valid UTF-8
    # by chance (莎 in GBK is ɯ in UTF-8, 些 is Щ). Take GB18030 when it reads better.
    try:
        other = _as_gb18030(data, name)
    except InputError:
        return text, "utf-8"
    if _reads_as_chinese(other) > _reads_as_chinese(text):
        return other, "gb18030"
    return text, "utf-8"


def _reads_as_chinese(text: str) -> tuple[int, int]:
    """Fewer unlikely characters first, then more Chinese ones."""
    return -_unlikely_count(text), len(_CHINESE.findall(text))


def _as_gb18030(data: bytes, name: str) -> str:
    """GB18030 text, checked to read as Chinese: the cascade's last step."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: undecodable input: neither UTF-8 nor GB18030 (byte {error.start})",
            "name its encoding with --encoding, e.g. --encoding big5",
        ) from None
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    # Bytes of characters outside GB2312 (the common characters): few in Chinese text,
    # most of them when Latin-1 or other 8-bit text is read as GB18030.
    rare_bytes = len(text.encode("gb18030")) - len(text.encode("gb2312", "ignore"))
    if _unlikely_count(text) > _MAX_UNLIKELY_SHARE * len(text) or (non_ascii >= 20 and rare_bytes / 2 > _MAX_RARE_SHARE * non_ascii):
        raise InputError(
            f"{name}: undecodable input: not UTF-8, and as GB18030 it is not Chinese text",
            "name its encoding with --encoding, or check that it is a text file",
        )
    return text


def _unlikely_count(text: str) -> int:
    return len(_UNLIKELY_IN_CHINESE_TEXT.findall(text))


def _refuse_binary(data: bytes, name: str) -> None:
    for signature, what, hint in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: binary input ({what})", hint)
    if b"\x00" in data:
        raise InputError(
            f"{name}: binary input (NUL bytes)",
            "give a text file; UTF-16 text without a byte-order mark needs --encoding utf-16-le",
        )


def _decode_as(data: bytes, name: str, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: undecodable input: not valid {codec} (byte {error.start})",
            "name the right encoding with --encoding, or save the file as UTF-8",
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {codec!r}", "use a Python codec name such as gb18030, utf-16, big5") from None


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def is_zip(data: bytes) -> bool:
    """True for a zip archive (a .docx is one)."""
    return data.startswith(b"PK\x03\x04")


def _docx_text(data: bytes, name: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        is_word = "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        raise InputError(f"{name}: binary input (a damaged zip archive)", "save it again from Word as .docx") from None
    if not is_word:
        raise InputError(f"{name}: binary input (a zip archive that is not a .docx)", "give a .docx or a text file")
    from actions.io.docx_reader import docx_to_text  # python-docx is an extra: import on use

    text = docx_to_text(data, name)
    if not text.strip():
        raise InputError(f"{name}: empty input (the Word file has no text)", "give a file with text in it")
    return text
