"""Real-browser tests against a running demo site (started by .ci/run). Chromium resolves no host but 127.0.0.1."""
import os
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

BASE = os.environ.get("NEWSDESK_URL", "http://127.0.0.1:8089")
ARTIFACTS = os.environ.get("NEWSDESK_ARTIFACTS", "ci-artifacts")


def make_driver(width=1366, height=900):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", f"--window-size={width},{height}"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.fixture(scope="session")
def base():
    return BASE


@pytest.fixture()
def browser():
    driver = make_driver()
    driver.implicitly_wait(3)
    yield driver
    driver.quit()


@pytest.fixture()
def phone():
    driver = make_driver(390, 844)
    yield driver
    driver.quit()


def screenshot(driver, name, full_height=True):
    os.makedirs(ARTIFACTS, exist_ok=True)
    if full_height:
        height = driver.execute_script("return Math.min(document.body.scrollHeight, 6000)")
        width = driver.execute_script("return window.innerWidth")
        driver.set_window_size(width, height)
    path = os.path.join(ARTIFACTS, name)
    driver.save_screenshot(path)
    return path


from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait as _SeleniumWait


class Wait(_SeleniumWait):
    """WebDriverWait that keeps polling through errors raised while a page is being replaced (stale or detached
    nodes): a condition that never comes true still fails at the timeout."""

    def __init__(self, driver, timeout, poll_frequency=0.2):
        super().__init__(driver, timeout, poll_frequency=poll_frequency, ignored_exceptions=(WebDriverException,))
