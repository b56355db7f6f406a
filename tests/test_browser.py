"""The review page and the web app in a real headless Chromium (the system's, via Selenium).

Skipped when Chromium, chromedriver or Selenium are missing (.ci/run installs them).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from browser_support import BROWSER_MISSING, start_browser, stop_browser
from conftest import SPEECHES_DIR, speech_text

import actions
from actions.review import build_page

pytestmark = pytest.mark.skipif(BROWSER_MISSING is not None, reason=BROWSER_MISSING or "")

VISIBLE_IN_PANE = """
const element = arguments[0], pane = element.closest('.pane');
const box = element.getBoundingClientRect(), frame = pane.getBoundingClientRect();
return box.bottom > frame.top && box.top < frame.bottom && box.height > 0;
"""


def wait_until(check, timeout: float = 15.0, what: str = "the page"):
    """Poll `check` until it gives a true value; an element the page re-rendered meanwhile is "not yet"."""
    from selenium.common.exceptions import StaleElementReferenceException

    deadline = time.monotonic() + timeout
    while True:
        try:
            value = check()
        except StaleElementReferenceException:
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    downloads = tmp_path_factory.mktemp("downloads")
    driver = start_browser(1400, 900, download_dir=str(downloads))
    driver.downloads = downloads
    yield driver
    stop_browser(driver)


@pytest.fixture(scope="module")
def speech_1(tmp_path_factory):
    text = speech_text(1)
    document = actions.extract(text, "2012-05-10", name="speech-1.txt")
    page = tmp_path_factory.mktemp("review") / "speech-1.html"
    page.write_text(build_page(document, text), encoding="utf-8")
    return page, document, text


def open_page(browser, page: Path) -> None:
    browser.get(page.as_uri())
    wait_until(lambda: browser.execute_script("return Boolean(window.ReviewPage)"), what="the page script")


def rows(browser):
    return browser.find_elements("css selector", "#table tr[data-item]")


def visible_rows(browser) -> list[str]:
    return browser.execute_script("return Array.from(document.querySelectorAll('#table tr[data-item]')).filter(r => !r.hidden).map(r => r.dataset.item)")


def test_one_highlight_per_item_and_the_text_unchanged(browser, speech_1):
    page, document, text = speech_1
    open_page(browser, page)
    marked = browser.execute_script("return Array.from(document.querySelectorAll('#text mark.item')).map(m => m.dataset.item)")
    assert len(document.items) == 91
    assert marked == [item.id for item in document.items]
    assert len(rows(browser)) == len(document.items)
    # The highlighted text is the speech character for character, so offsets line up.
    assert browser.execute_script("return document.getElementById('text').textContent") == text


def test_row_click_scrolls_its_highlight_into_view(browser, speech_1):
    page, document, _ = speech_1
    open_page(browser, page)
    last = document.items[-1].id
    mark = browser.find_element("id", f"item-{last}")
    assert not browser.execute_script(VISIBLE_IN_PANE, mark), "the last item starts out of view"
    rows(browser)[-1].click()
    wait_until(lambda: browser.execute_script(VISIBLE_IN_PANE, mark), what="the highlight to scroll into view")
    assert "selected" in mark.get_attribute("class")
    assert "selected" in rows(browser)[-1].get_attribute("class")


def test_highlight_click_selects_its_row(browser, speech_1):
    page, document, _ = speech_1
    open_page(browser, page)
    item = document.items[len(document.items) * 2 // 3]
    mark = browser.find_element("id", f"item-{item.id}")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    row = next(row for row in rows(browser) if row.get_attribute("data-item") == item.id)
    wait_until(lambda: "selected" in row.get_attribute("class"), what="the row to be selected")
    wait_until(lambda: browser.execute_script(VISIBLE_IN_PANE, row), what="the row to scroll into view")


def test_filters_change_the_visible_rows(browser, speech_1):
    page, document, _ = speech_1
    open_page(browser, page)
    every = [item.id for item in document.items]
    tasks = [item.id for item in document.items if item.kind == "task"]
    ownerless = [item.id for item in document.items if not item.owners]
    assert 0 < len(tasks) < len(every) and ownerless
    assert visible_rows(browser) == every
    browser.find_element("id", "filter-task").click()
    assert visible_rows(browser) == tasks
    assert browser.find_element("id", "visible-count").text == f"显示 {len(tasks)} / {len(every)} 项"
    browser.find_element("id", "filter-task").click()
    browser.find_element("id", "filter-no-owner").click()
    assert visible_rows(browser) == ownerless
    browser.find_element("id", "filter-no-due").click()
    assert visible_rows(browser) == [item.id for item in document.items if not item.owners and not (item.deadline and item.deadline.due)]
    dimmed = browser.execute_script("return document.querySelectorAll('#text mark.item.dimmed').length")
    assert dimmed == len(every) - len(visible_rows(browser))


def test_markup_in_a_speech_shows_as_text(browser, tmp_path):
    text = '一、各部门要<script>window.injected = 1</script>在6月底前完成"><img src=x onerror="window.injected = 2">排查。\r\n二、市安监局要组织检查。\n'
    document = actions.extract(text, "2012-05-10", name="<b>x</b>.txt")
    page = tmp_path / "markup.html"
    page.write_text(build_page(document, text), encoding="utf-8")
    open_page(browser, page)
    assert browser.execute_script("return window.injected === undefined")
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    assert browser.execute_script("return document.scripts.length") == 1
    assert browser.execute_script("return document.getElementById('text').textContent") == text
    assert "<b>x</b>.txt" in browser.find_element("tag name", "h1").text


# -- the web app ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server():
    """`actions serve` on a free loopback port (it prints the address it took)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "actions", "serve", "--port", "0", "--max-bytes", "200K"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert match, f"no address in {line!r} ({process.stderr.read() if process.poll() is not None else ''})"
        yield match.group()
    finally:
        process.terminate()
        process.wait(timeout=10)


def speech_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in (
        "在全县安全生产工作会议上的讲话",
        "一、全面排查隐患",
        "各县市区政府要在6月底前完成隐患排查整治。",
        "二、加强监督检查",
        "市安监局牵头，市公安局配合，本月20号前组织一次全面检查。",
    ):
        document.add_paragraph(line)
    document.save(path)
    return path


SELECT_IN_TEXT = """
const [start, end] = [arguments[0], arguments[1]];
const pane = document.getElementById('text');
const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
const range = document.createRange();
let seen = 0, node;
while ((node = walker.nextNode())) {
  const next = seen + node.data.length;
  if (seen <= start && start < next) range.setStart(node, start - seen);
  if (seen < end && end <= next) range.setEnd(node, end - seen);
  seen = next;
}
const selection = window.getSelection();
selection.removeAllRanges();
selection.addRange(range);
pane.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
"""


def open_app(browser, server: str) -> None:
    browser.get(server)
    wait_until(lambda: browser.execute_script("return Boolean(window.ReviewPage)"), what="the app page")


def downloaded(folder: Path, suffix: str, before: set[str]) -> Path:
    def done():
        files = [p for p in folder.iterdir() if p.name not in before and p.name.endswith(suffix)]
        return files[0] if files and not any(p.name.endswith(".crdownload") for p in folder.iterdir()) else None

    return wait_until(done, timeout=10, what=f"the {suffix} download")


def test_app_shows_input_errors_on_the_page(browser, server, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    too_large = tmp_path / "large.txt"
    too_large.write_text("要抓好落实。" * 20000, encoding="utf-8")
    open_app(browser, server)
    error = browser.find_element("id", "error")
    for path, message in ((empty, "empty.txt: empty input"), (too_large, "large.txt: larger than the limit of 204800 bytes")):
        browser.find_element("id", "file").send_keys(str(path))
        browser.find_element("id", "open").click()
        wait_until(lambda: error.is_displayed() and message in error.text, what=f"the error {message!r}")


def test_app_from_docx_to_a_corrected_xlsx(browser, server, tmp_path):
    from openpyxl import load_workbook

    source = speech_docx(tmp_path / "安全生产讲话.docx")
    open_app(browser, server)
    browser.find_element("id", "file").send_keys(str(source))
    browser.execute_script("document.getElementById('date').value = '2012-05-10'")
    browser.find_element("id", "open").click()
    wait_until(lambda: len(rows(browser)) >= 2, what="the task table")
    first_text = wait_until(lambda: rows(browser)[0].text, what="the first row")
    assert "各县市区政府" in first_text and "2012-06-30" in first_text

    wait_until(lambda: rows(browser)[0].find_element("css selector", "button[data-edit]").click() or True, what="the edit button")
    owner = wait_until(lambda: browser.find_element("css selector", "#editor-owners input"), what="the editor")
    owner.clear()
    owner.send_keys("县应急管理局")
    browser.find_element("id", "editor-save").click()
    corrected_text = wait_until(lambda: "县应急管理局" in rows(browser)[0].text and rows(browser)[0].text, what="the corrected row")
    assert "人工" in corrected_text

    # A row added from a selection across highlights keeps the selected span.
    from actions.io.sources import read_source

    text = read_source(str(source)).text
    start, end = text.index("市安监局牵头"), text.index("全面检查") + 4
    browser.execute_script(SELECT_IN_TEXT, start, end)
    add = browser.find_element("css selector", "#selection-bar button[data-add='task']")
    wait_until(add.is_displayed, what="the selection bar")
    count = len(rows(browser))
    add.click()
    wait_until(lambda: len(rows(browser)) == count + 1, what="the added row")

    before = {p.name for p in browser.downloads.iterdir()}
    browser.find_element("id", "download-xlsx").click()
    workbook = load_workbook(downloaded(browser.downloads, ".xlsx", before))
    sheet = workbook.active
    header = [cell.value for cell in sheet[3]]
    table = [dict(zip(header, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=4)]
    row = next(row for row in table if "隐患排查" in (row["工作任务"] or ""))
    assert row["责任单位"] == "县应急管理局"
    assert "各县市区政府" not in [value for value in row.values() if isinstance(value, str)]

    before = {p.name for p in browser.downloads.iterdir()}
    browser.find_element("id", "download-json").click()
    saved = actions.Document.model_validate_json(downloaded(browser.downloads, ".json", before).read_bytes())
    assert saved.review is not None
    corrected = next(item for item in saved.items if "隐患排查" in item.text)
    assert corrected.corrected == ["owners"]
    assert [(owner.name, owner.span) for owner in corrected.owners] == [("县应急管理局", None)]
    added = [item for item in saved.items if item.rule == "person"]
    assert [(item.span, item.text) for item in added] == [((start, end), text[start:end])]
