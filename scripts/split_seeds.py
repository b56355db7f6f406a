"""Split the seed file into one UTF-8 file per speech, text kept exactly as given.

The split happens before each `第X篇:` line; each file keeps its own header line, so
concatenating fixtures/speeches/speech-*.txt in order gives the seed file back byte for byte.
Usage: python scripts/split_seeds.py ../shared/seeds/speeches-5.txt fixtures/speeches
"""
import pathlib
import re
import sys


def main(seed: str, out_dir: str) -> None:
    text = pathlib.Path(seed).read_bytes().decode("utf-8")
    parts = [p for p in re.split(r"(?m)^(?=第[一二三四五六七八九十]+篇:)", text) if p]
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for number, part in enumerate(parts, start=1):
        (out / f"speech-{number}.txt").write_bytes(part.encode("utf-8"))
    print(f"wrote {len(parts)} speeches to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
