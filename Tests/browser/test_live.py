"""Live blogs in a real browser: an editor opens a live blog, a journalist posts three entries through the API, and a
reader's open page shows them at the top, newest first, without a reload; scrolled down, the next one waits behind
an "N new updates" button. /live lists the running blog."""
import json
import os
import subprocess
import urllib.parse
import urllib.request
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from conftest import Wait as WebDriverWait

from conftest import make_driver, screenshot
from test_moderation import create_staff


def token(email):
    out = subprocess.run([os.environ.get("NEWSDESK_BIN", ".build/debug/newsdesk"), "user", "token", "--email", email],
                         check=True, capture_output=True, text=True, env={**os.environ, "NEWSDESK_DATA": os.environ["NEWSDESK_DATA"]})
    return out.stdout.strip().splitlines()[-1]


def call(base, method, path, bearer, body):
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {bearer}"})
    with urllib.request.urlopen(req) as r:
        return r.status, json.load(r)


def entry_texts(driver):
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, "[data-entries] > li .live-entry__text")]


def test_a_readers_open_page_shows_new_entries_in_order_without_reload(base):
    with urllib.request.urlopen(f"{base}/api/v1/articles?edition=en&limit=1") as r:
        section = json.load(r)["items"][0]["section"]["slug"]
    editor, journalist = token(create_staff("Erin", "editor")), token(create_staff("Jay", "journalist"))
    title = f"Storm night live {uuid.uuid4().hex[:6]}"
    status, blog = call(base, "POST", "/api/v1/articles", editor, {
        "edition": "en", "section": section, "title": title, "summary": "The storm, minute by minute.",
        "body_markdown": "We follow the storm through the night.", "tags": ["Storms"], "status": "published",
        "kind": "live_blog"})
    assert status == 201 and blog["kind"] == "live_blog"
    reader = make_driver(1280, 800)
    try:
        reader.get(base + urllib.parse.urlparse(blog["url"]).path)
        WebDriverWait(reader, 15).until(lambda d: d.find_element(By.CSS_SELECTOR, "[data-live-blog]").get_attribute("data-live") == "open")
        assert "LIVE" in reader.find_element(By.CSS_SELECTOR, "#live-h").text
        assert not reader.find_element(By.CSS_SELECTOR, "[data-key-box]").is_displayed()
        for text in ["First: the wind picks up.", "Second: the river rises.", "Third: the bridge closes."]:
            status, _ = call(base, "POST", f"/api/v1/articles/{blog['id']}/live-entries", journalist,
                             {"text_markdown": text, "key_event": text.startswith("Second")})
            assert status == 201
        WebDriverWait(reader, 15).until(lambda d: len(entry_texts(d)) == 3)
        assert entry_texts(reader) == ["Third: the bridge closes.", "Second: the river rises.", "First: the wind picks up."]
        key = reader.find_element(By.CSS_SELECTOR, "[data-key-box]")
        assert key.is_displayed() and "Second: the river rises." in key.text
        screenshot(reader, "live-blog.png", full_height=False)

        # Scrolled down to the comments, the next entry waits behind a button instead of moving the page.
        reader.execute_script("document.getElementById('comments').scrollIntoView()")
        call(base, "POST", f"/api/v1/articles/{blog['id']}/live-entries", journalist, {"text_markdown": "Fourth: power is back."})
        button = WebDriverWait(reader, 15).until(EC.visibility_of_element_located((By.CSS_SELECTOR, "[data-live-blog] [data-new-updates]")))
        assert button.text.startswith("1 ")
        assert len(entry_texts(reader)) == 3
        button.click()
        WebDriverWait(reader, 10).until(lambda d: len(entry_texts(d)) == 4)
        assert entry_texts(reader)[0] == "Fourth: power is back."

        # /live lists the running blog.
        reader.get(base + "/live")
        running = reader.find_element(By.CSS_SELECTOR, ".live-page__running").text
        assert title in running and "LIVE" in running
        screenshot(reader, "live-page.png", full_height=False)
    finally:
        reader.quit()
