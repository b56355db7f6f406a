"""Test corpora for the Dask batch, and a worker plugin that makes one kind of text deadly."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

SPEECHES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "speeches").glob("speech-*.txt"))
DEADLY = "（这一篇让进程死掉）"
MAX_BYTES = 6000  # the corpus's --max-bytes: one file and one JSONL line are larger


def speech_pieces(count: int) -> list[str]:
    """`count` short documents: runs of a few consecutive lines of the fixture speeches."""
    lines = [line for path in SPEECHES for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pieces, start, size = [], 0, 3
    while len(pieces) < count:
        piece = "\n".join(lines[start : start + size]) + "\n"
        if len(piece.encode("utf-8")) < MAX_BYTES:
            pieces.append(piece)
        start = (start + size) % len(lines)
        size = 2 + len(pieces) % 4
    return pieces


def write_corpus(root: Path, files: int = 180, lines: int = 120) -> list[Path]:
    """A directory tree and a JSONL file of generated documents with broken ones among them.

    The tree: UTF-8, GBK and UTF-16 text files in nested directories, names that meet
    (a.txt and a.md, A.txt and a.txt), an empty file, undecodable bytes, a file over
    MAX_BYTES, hidden files and other suffixes (not read). The JSONL: duplicate ids, a
    line that is not JSON, an empty text, a bad date, a line over MAX_BYTES."""
    pieces = speech_pieces(files + lines)
    tree = root / "speeches"
    for number, text in enumerate(pieces[:files]):
        group = number // 3
        folder = tree / f"county-{group % 7}" / ("2023" if group % 2 else "2024")
        folder.mkdir(parents=True, exist_ok=True)
        name = f"meeting-{group}"  # three documents in one folder want each name: a.txt, a.md, a.TXT
        suffix = (".txt", ".md", ".TXT")[number % 3]
        if number % 11 == 0:
            (folder / f"{name}{suffix}").write_bytes(text.encode("gbk"))
        elif number % 13 == 0:
            (folder / f"{name}{suffix}").write_text(text, encoding="utf-16")
        else:
            (folder / f"{name}{suffix}").write_text(text, encoding="utf-8")
    broken = tree / "broken"
    broken.mkdir()
    (broken / "empty.txt").write_bytes(b"")
    (broken / "blank.txt").write_bytes(b" \n\t\n")
    (broken / "undecodable.txt").write_bytes(b"\x80\x81\xff" * 40)
    (broken / "too-large.txt").write_text("会议要求。" * (MAX_BYTES // 10), encoding="utf-8")
    (broken / "not-a-docx.docx").write_bytes("这不是Word文件".encode("utf-8"))
    (broken / "Meeting-1.txt").write_text(pieces[0], encoding="utf-8")
    (broken / "meeting-1.txt").write_text(pieces[1], encoding="utf-8")  # meets Meeting-1 on a case-insensitive disk
    (tree / ".hidden.txt").write_text(pieces[2], encoding="utf-8")
    (tree / "notes.csv").write_text("a,b\n", encoding="utf-8")

    corpus = root / "corpus.jsonl"
    records = []
    for number, text in enumerate(pieces[files:]):
        records.append(json.dumps({"id": f"doc-{number % 100}", "text": text, "date": "2023-05-10"}, ensure_ascii=False))
    records[5] = '{"id": "cut", "text": "未闭合的'
    records[17] = json.dumps({"id": "empty", "text": "  "})
    records[29] = json.dumps({"id": "bad-date", "text": pieces[3], "date": "2023-02-30"}, ensure_ascii=False)
    records[41] = json.dumps({"id": "huge", "text": "会议要求。" * (MAX_BYTES // 10)}, ensure_ascii=False)
    records[53] = json.dumps(["not", "an", "object"])
    corpus.write_text("\n".join(records[:60]) + "\n\n" + "\n".join(records[60:]) + "\n", encoding="utf-8")
    return [tree, corpus]


def deadly_corpus(path: Path, count: int, deadly: set[int]) -> Path:
    pieces = speech_pieces(count)
    lines = []
    for number, text in enumerate(pieces):
        text = text + (DEADLY if number in deadly else "")
        lines.append(json.dumps({"id": f"doc-{number}", "text": text, "date": "2023-05-10"}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # the tests that need it are skipped
    WorkerPlugin = object


class DeadlyText(WorkerPlugin):
    """On every worker (and every worker started later): a text holding DEADLY kills its
    worker process with SIGKILL, as the out-of-memory killer would."""

    name = "deadly-text"

    def setup(self, worker=None) -> None:
        import actions.batch

        real = actions.batch.extract
        self.real = real

        def extract(text, *args, **kwargs):
            if DEADLY in text:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(text, *args, **kwargs)

        actions.batch.extract = extract

    def teardown(self, worker=None) -> None:
        import actions.batch

        actions.batch.extract = self.real
