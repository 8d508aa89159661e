"""The newsroom in real browsers: a journalist writes with the preview, a related card and a photo, and submits; an
editor schedules the article a minute ahead in the edition's time zone; a reader sees it once its time has come."""
import datetime
import json
import time
import urllib.error
import urllib.request
import uuid
from zoneinfo import ZoneInfo

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select
from conftest import Wait as WebDriverWait

from conftest import make_driver, screenshot
from test_discussion import log_in
from test_moderation import create_staff, totp


def enrol_second_factor(driver, base):
    driver.get(base + "/newsroom")
    WebDriverWait(driver, 10).until(EC.url_contains("/account/two-factor"))
    secret = driver.find_element(By.CSS_SELECTOR, ".account__code code").text
    driver.find_element(By.CSS_SELECTOR, "#totp [name='code']").send_keys(totp(secret))
    driver.find_element(By.CSS_SELECTOR, "#totp button[type='submit']").click()
    WebDriverWait(driver, 10).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "is on"))


def status_of(url):
    try:
        with urllib.request.urlopen(url) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def test_journalist_writes_editor_schedules_reader_sees_it_at_the_time(base):
    with urllib.request.urlopen(f"{base}/api/v1/articles?edition=en&limit=1") as r:
        related = json.load(r)["items"][0]
    with urllib.request.urlopen(f"{base}/api/v1/editions") as r:
        zone = next(e["time_zone"] for e in json.load(r)["items"] if e["code"] == "en")
    title = f"Night ferry returns {uuid.uuid4().hex[:6]}"
    slug = title.lower().replace(" ", "-")
    journalist, editor = create_staff("Jules", "journalist"), create_staff("Edna", "editor")
    jo, ed, reader = make_driver(), make_driver(), make_driver()
    try:
        log_in(jo, base, journalist)
        enrol_second_factor(jo, base)
        jo.get(base + "/newsroom")
        assert "Newsroom" in jo.find_element(By.CSS_SELECTOR, ".member").text
        jo.find_element(By.LINK_TEXT, "Write a new article").click()
        jo.find_element(By.ID, "title").send_keys(title)
        jo.find_element(By.ID, "summary").send_keys("The crossing runs again after three years.")
        jo.find_element(By.ID, "body").send_keys("The **night ferry** sailed at ten.\n\n")
        jo.find_element(By.ID, "tags").send_keys("Ferries, Night trains")
        # Related card: search headlines (a plain form round trip), then insert the card.
        jo.find_element(By.ID, "find").send_keys(related["title"])
        before = jo.find_element(By.ID, "find")
        jo.find_element(By.CSS_SELECTOR, "button[value='find']").click()
        WebDriverWait(jo, 10).until(EC.staleness_of(before))
        card = WebDriverWait(jo, 10).until(EC.element_to_be_clickable((By.CSS_SELECTOR, f"[data-related='{related['id']}']")))
        assert jo.find_element(By.ID, "title").get_attribute("value") == title
        card.click()
        jo.find_element(By.CSS_SELECTOR, ".editor__photos [data-insert]").click()
        Select(jo.find_element(By.ID, "lead_image_id")).select_by_index(1)
        body = jo.find_element(By.ID, "body").get_attribute("value")
        assert f"{{{{related:{related['id']}}}}}" in body and "{{image:" in body
        # The live preview follows the text; the Preview button renders it on the server too.
        WebDriverWait(jo, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#preview strong")))
        before = jo.find_element(By.ID, "preview")
        jo.find_element(By.CSS_SELECTOR, "button[value='preview']").click()
        WebDriverWait(jo, 10).until(EC.staleness_of(before))
        preview = WebDriverWait(jo, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#preview figure")))
        assert "night ferry" in jo.find_element(By.ID, "preview").text
        assert related["title"] in jo.find_element(By.ID, "preview").text
        assert preview.find_element(By.TAG_NAME, "img")
        screenshot(jo, "newsroom-editor.png")
        Select(jo.find_element(By.ID, "status")).select_by_value("submitted")
        assert not jo.find_elements(By.ID, "publish_at")  # scheduling is the editors'
        jo.find_element(By.CSS_SELECTOR, "button[value='save']").click()
        WebDriverWait(jo, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "Saved (version 1)"))
        assert status_of(f"{base}/articles/{slug}") == 404

        log_in(ed, base, editor)
        enrol_second_factor(ed, base)
        ed.get(base + "/newsroom")
        ed.find_element(By.XPATH, f"//section[h2='Submitted for review']//a[.='{title}']").click()
        Select(ed.find_element(By.ID, "status")).select_by_value("scheduled")
        # The field takes whole minutes: the next minute that is at least 30 seconds away.
        at = (datetime.datetime.now(ZoneInfo(zone)) + datetime.timedelta(seconds=90)).replace(second=0, microsecond=0)
        ed.execute_script("arguments[0].value = arguments[1]", ed.find_element(By.ID, "publish_at"), at.strftime("%Y-%m-%dT%H:%M"))
        ed.find_element(By.CSS_SELECTOR, "button[value='save']").click()
        WebDriverWait(ed, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "Saved (version 2)"))
        ed.get(base + "/newsroom")
        assert title in ed.find_element(By.XPATH, "//section[h2='Scheduled']").text
        screenshot(ed, "newsroom-home.png")

        # Not before its time; on the front page and the article's address once it has come.
        assert status_of(f"{base}/articles/{slug}") == 404
        while datetime.datetime.now(ZoneInfo(zone)) < at:
            time.sleep(1)
        deadline = time.time() + 20
        while status_of(f"{base}/articles/{slug}") != 200 and time.time() < deadline:
            time.sleep(0.5)
        reader.get(f"{base}/articles/{slug}")
        assert reader.find_element(By.TAG_NAME, "h1").text == title
        assert related["title"] in reader.find_element(By.CSS_SELECTOR, ".article__body").text
        reader.get(base + "/")
        assert title in reader.find_element(By.TAG_NAME, "main").text
        late = time.time() - at.timestamp()
        print(f"article visible {late:.1f} s after its scheduled time")
    finally:
        for d in (jo, ed, reader):
            d.quit()
