"""Take the README's screenshot of the review page (docs/review.png) with headless Chromium.

    python scripts/screenshot_review.py [--speech fixtures/speeches/speech-5.txt] [-o docs/review.png]

Needs the system Chromium and chromedriver (Debian: apt-get install chromium chromium-driver)
and Selenium (the test extra); a font with Chinese glyphs (Debian: fonts-noto-cjk) for the text.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser_support import BROWSER_MISSING, start_browser, stop_browser  # noqa: E402

import actions  # noqa: E402
from actions.review import build_page  # noqa: E402
from actions.io.sources import read_source  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speech", default=str(ROOT / "fixtures" / "speeches" / "speech-5.txt"))
    parser.add_argument("--date", default=None, help="the meeting date (default: the one in the text)")
    parser.add_argument("--select", type=int, default=3, help="click the row with this number (0: none)")
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "review.png"))
    parser.add_argument("--size", default="1500x860", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    if BROWSER_MISSING:
        print(f"screenshot_review: {BROWSER_MISSING}", file=sys.stderr)
        return 2
    source = read_source(args.speech)
    document = actions.extract(source.text, args.date, name=source.name, encoding=source.encoding)
    width, height = (int(part) for part in args.size.split("x"))
    with tempfile.TemporaryDirectory() as directory:
        page = Path(directory) / "review.html"
        page.write_text(build_page(document, source.text), encoding="utf-8")
        driver = start_browser(width, height)
        try:
            driver.get(page.as_uri())
            if args.select:
                rows = driver.find_elements("css selector", "#table tr[data-item]")
                if len(rows) >= args.select:
                    rows[args.select - 1].click()
                    time.sleep(0.4)  # the smooth scroll, and the flash half gone
            driver.save_screenshot(args.output)
        finally:
            stop_browser(driver)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
