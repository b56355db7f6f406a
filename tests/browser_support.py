"""Headless Chromium from the system's packages (Debian: chromium, chromium-driver) through Selenium.

`start_browser()` starts it with the flags a closed network needs (no first-run, sync,
component updates or background requests, no QUIC) and a fresh profile; `BROWSER_MISSING`
says why it cannot start here, for a clean skip. Selenium is told where the driver is, so it
never tries to download one.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER_CANDIDATES = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--lang=zh-CN",
)


def _first(paths: tuple[str, ...], name: str) -> str | None:
    found = next((path for path in paths if os.access(path, os.X_OK)), None)
    return found or shutil.which(name)


CHROMIUM = _first(CHROMIUM_CANDIDATES, "chromium")
DRIVER = _first(DRIVER_CANDIDATES, "chromedriver")


def _missing() -> str | None:
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (pip install -e '.[test]')"
    if CHROMIUM is None or DRIVER is None:
        return "no system Chromium and chromedriver (apt-get install chromium chromium-driver)"
    return None


BROWSER_MISSING = _missing()


def start_browser(width: int = 1400, height: int = 900, download_dir: str | None = None):
    """A Selenium Chrome driver on the system Chromium, headless, with its own fresh profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    profile = tempfile.mkdtemp(prefix="actions-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    if download_dir:
        options.add_experimental_option(
            "prefs", {"download.default_directory": download_dir, "download.prompt_for_download": False}
        )
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.profile_dir = profile
    if download_dir:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
    return driver


def stop_browser(driver) -> None:
    profile = getattr(driver, "profile_dir", None)
    driver.quit()
    if profile:
        shutil.rmtree(profile, ignore_errors=True)
