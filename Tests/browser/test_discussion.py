"""Two members in two real browsers: live comments, replies, a held comment only its author sees, a rejected
comment returned with its rule and the text kept."""
import json
import os
import subprocess
import urllib.request
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from conftest import Wait as WebDriverWait

from conftest import make_driver, screenshot

PASSWORD = "correct horse battery staple"
CLEAN = "The evacuation seems to have saved many lives. Well done to the rescue teams on the coast."
HELD = "Great coverage of the storm. More photos of the flooding are on https://stormpics.example.net/gallery today."
SHOUT = "THIS STORM COVERAGE IS ABSOLUTELY TERRIBLE AND EVERYONE KNOWS IT"


def create_member(name):
    email = f"{name.lower()}-{uuid.uuid4().hex[:6]}@example.com"
    subprocess.run([os.environ.get("NEWSDESK_BIN", ".build/debug/newsdesk"), "user", "create", "--email", email,
                    "--password", PASSWORD, "--role", "reader", "--display-name", name],
                   check=True, capture_output=True, env={**os.environ, "NEWSDESK_DATA": os.environ["NEWSDESK_DATA"]})
    return email


def log_in(driver, base, email):
    driver.get(base + "/account/login")
    driver.find_element(By.CSS_SELECTOR, "#login [name='email']").send_keys(email)
    driver.find_element(By.CSS_SELECTOR, "#login [name='password']").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "#login button[type='submit']").click()
    WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".member__logout")))


def article_url(base):
    with urllib.request.urlopen(f"{base}/api/v1/articles?edition=en&limit=3") as r:
        return json.load(r)["items"][1]["url"]


def post(driver, text):
    box = driver.find_element(By.CSS_SELECTOR, "#comment-form textarea")
    box.clear()
    box.send_keys(text)
    driver.find_element(By.CSS_SELECTOR, "#comment-form button[type='submit']").click()


def test_members_discuss_live(base):
    url = article_url(base)
    anna, boris = create_member("Anna"), create_member("Boris")
    a, b = make_driver(), make_driver()
    try:
        log_in(a, base, anna)
        log_in(b, base, boris)
        a.get(url)
        b.get(url)
        WebDriverWait(b, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".discussion").get_attribute("data-live") == "open")

        # Anna posts without a reload; Boris sees it arrive live.
        post(a, CLEAN)
        WebDriverWait(a, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[data-comments]"), CLEAN))
        WebDriverWait(b, 15).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[data-comments]"), CLEAN))
        comment = b.find_element(By.XPATH, f"//li[contains(@class,'comment')][.//p[contains(., 'rescue teams')]]")
        comment_id = comment.get_attribute("data-comment-id")

        # Boris replies (reload to get the reply form of the new comment).
        b.get(url)
        b.find_element(By.CSS_SELECTOR, f"#comment-{comment_id} .comment__reply summary").click()
        reply = b.find_element(By.CSS_SELECTOR, f"#comment-{comment_id} .comment__reply textarea")
        reply.send_keys("I agree, the coast guard on the coast was brave during the storm.")
        b.find_element(By.CSS_SELECTOR, f"#comment-{comment_id} .comment__reply button[type='submit']").click()
        WebDriverWait(a, 15).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, f"#comment-{comment_id}"), "coast guard"))

        # A held comment: Anna is told, sees it as pending after a reload; Boris never sees it.
        post(a, HELD)
        WebDriverWait(a, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "#comment-form [data-feedback]"), "moderation"))
        a.get(url)
        assert "Awaiting moderation" in a.find_element(By.CSS_SELECTOR, ".comment--pending").text
        b.get(url)
        assert "stormpics" not in b.find_element(By.CSS_SELECTOR, ".discussion").text

        # A rejected comment comes back with the rule; the text stays in the box.
        post(a, SHOUT)
        # It is told what to fix in words, never by the rule's id.
        WebDriverWait(a, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "#comment-form [data-feedback]"), "capital"))
        assert "caps" not in a.find_element(By.CSS_SELECTOR, "#comment-form [data-feedback]").text
        assert a.find_element(By.CSS_SELECTOR, "#comment-form textarea").get_attribute("value") == SHOUT
        screenshot(a, "discussion.png")
    finally:
        a.quit()
        b.quit()
