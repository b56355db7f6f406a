"""Reading sources: encodings detected (or forced) and recorded, bad input refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import actions
from actions.errors import InputError
from actions.io.sources import decode, read_source, source_from_bytes

SPEECH_5 = (Path(__file__).resolve().parents[1] / "fixtures" / "speeches" / "speech-5.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SPEECH_5.encode("utf-8"), "utf-8"),
        (SPEECH_5.encode("utf-8-sig"), "utf-8-sig"),
        (SPEECH_5.encode("gb18030"), "gb18030"),
        (SPEECH_5.encode("gbk"), "gb18030"),
        (SPEECH_5.encode("utf-16"), "utf-16"),  # with its BOM, little-endian here
        (b"\xfe\xff" + SPEECH_5.encode("utf-16-be"), "utf-16"),
        (SPEECH_5.encode("utf-32"), "utf-32"),
    ],
)
def test_encodings_are_detected_and_the_text_is_the_same(data, encoding):
    text, used = decode(data, "speech-5.txt")
    assert text == SPEECH_5
    assert used == encoding


def test_gbk_file_extracts_like_the_utf8_one(tmp_path):
    path = tmp_path / "speech-5.txt"
    path.write_bytes(SPEECH_5.encode("gbk"))
    source = read_source(str(path))
    document = actions.extract(source.text, name=source.name, encoding=source.encoding)
    reference = actions.extract(SPEECH_5)
    assert document.source.encoding == "gb18030"
    assert [item.span for item in document.items] == [item.span for item in reference.items]
    assert [node.marker for node in document.walk_outline()] == [node.marker for node in reference.walk_outline()]


def test_forced_encoding_is_used_and_recorded():
    data = "一、總體要求".encode("big5")
    text, used = decode(data, "a.txt", "big5")
    assert text == "一、總體要求" and used == "big5"


def test_forced_wrong_encoding_is_an_error_not_garbage():
    with pytest.raises(InputError, match=r"undecodable input: not valid utf-8 \(byte \d+\)"):
        decode("一、总体要求".encode("gb18030"), "a.txt", "utf-8")


def test_unknown_encoding_name_is_an_error():
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"abc", "a.txt", "klingon")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty input"),
        (b" \n\t\r\n", "empty input"),
        ("\ufeff  \n".encode("utf-8"), "empty input"),
        (b"abc\x00def", r"binary input \(NUL bytes\)"),
        (b"%PDF-1.7\n%\xe2\xe3", r"binary input \(a PDF file\)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", r"binary input \(a PNG image\)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Word .doc"),
        (bytes(range(128, 256)) * 4, "undecodable input"),
    ],
)
def test_bad_bytes_are_refused_with_a_clear_message(data, message):
    with pytest.raises(InputError, match=message):
        source_from_bytes(data, "x.txt")


def test_latin1_bytes_are_not_taken_for_chinese():
    data = ("Ärger über Größe, naïve façade. " * 20).encode("latin-1")
    with pytest.raises(InputError, match="undecodable input"):
        decode(data, "a.txt")


def test_missing_file_directory_and_size_limit(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_source(str(tmp_path))
    big = tmp_path / "big.txt"
    big.write_text("一" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="larger than the limit of 299 bytes"):
        read_source(str(big), max_bytes=299)
    assert read_source(str(big), max_bytes=300).text == "一" * 100


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


# The 6,763 characters of GB2312: what Chinese text is made of, almost always.
COMMON_HAN = [chr(code) for code in range(0x4E00, 0x9FA6) if _in_gb2312(chr(code))]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(COMMON_HAN + list("，。、：；！？“”（）\n 0123456789abc")), min_size=1))
def test_gb18030_text_round_trips_through_detection(text):
    if not text.strip():
        return
    decoded, used = decode(text.encode("gb18030"), "a.txt")
    assert decoded == text
    assert used in ("utf-8", "gb18030")  # pure ASCII is valid UTF-8 too


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_any_bytes_give_text_or_an_input_error(data):
    try:
        text, used = decode(data, "a.bin")
    except InputError as error:
        assert str(error).startswith("a.bin: ") or "encoding" in str(error)
        return
    assert "\x00" not in text and text.strip()
    assert used in ("utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030")
