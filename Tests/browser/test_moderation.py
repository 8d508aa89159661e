"""The moderation desk in real browsers: a held comment is approved and appears for everyone; a member is blocked,
appeals, is unblocked, is blocked again and cannot appeal."""
import base64
import hashlib
import hmac
import json
import struct
import time
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from conftest import Wait as WebDriverWait

from conftest import make_driver, screenshot
from test_discussion import PASSWORD, HELD, create_member, log_in, post


def totp(secret_b32, at=None):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def create_staff(name, role):
    import os, subprocess, uuid
    email = f"{name.lower()}-{uuid.uuid4().hex[:6]}@example.com"
    subprocess.run([os.environ.get("NEWSDESK_BIN", ".build/debug/newsdesk"), "user", "create", "--email", email,
                    "--password", PASSWORD, "--role", role, "--display-name", name],
                   check=True, capture_output=True, env={**os.environ, "NEWSDESK_DATA": os.environ["NEWSDESK_DATA"]})
    return email


def test_desk_approves_blocks_hears_an_appeal_and_blocks_for_good(base):
    with urllib.request.urlopen(f"{base}/api/v1/articles?edition=en&limit=5") as r:
        item = json.load(r)["items"][3]
    article, article_id = item["url"], item["id"]
    member_email = create_member("Mila")
    mod_email = create_staff("Moe", "moderator")
    mod, member, reader = make_driver(), make_driver(), make_driver()
    try:
        # The moderator must enrol a second factor before the desk opens.
        log_in(mod, base, mod_email)
        mod.get(base + "/moderation")
        WebDriverWait(mod, 10).until(EC.url_contains("/account/two-factor"))
        secret = mod.find_element(By.CSS_SELECTOR, ".account__code code").text
        mod.find_element(By.CSS_SELECTOR, "#totp [name='code']").send_keys(totp(secret))
        mod.find_element(By.CSS_SELECTOR, "#totp button[type='submit']").click()
        WebDriverWait(mod, 10).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "is on"))

        # A held comment waits (the open queue says so live); approved, everyone sees it.
        mod.get(base + "/moderation")
        time.sleep(1)
        log_in(member, base, member_email)
        member.get(article)
        post(member, HELD)
        WebDriverWait(member, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "#comment-form [data-feedback]"), "moderation"))
        WebDriverWait(mod, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-queue-fresh]")))
        mod.get(base + "/moderation")
        item = mod.find_element(By.XPATH, "//li[contains(@class,'queue__item')][.//p[contains(., 'stormpics')]]")
        assert "Links to other sites" in item.text and "commercial_links" not in item.text
        screenshot(mod, "moderation-queue.png", full_height=False)
        item.find_element(By.CSS_SELECTOR, "[data-approve]").click()
        WebDriverWait(mod, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "approve"))
        reader.get(article)
        assert "stormpics.example.net" in reader.find_element(By.CSS_SELECTOR, ".discussion").text

        # Every action is in the audit log.
        mod.get(base + "/moderation/audit")
        # ... by who did it and what, in words.
        log = mod.find_element(By.CSS_SELECTOR, ".admin-table").text
        assert "Approved a comment" in log and "Moe (#" in log and "comment.approve" not in log

        # Block (first: appealable), appeal, unblock.
        with urllib.request.urlopen(f"{base}/api/v1/articles/{article_id}/comments") as r:
            comments = json.load(r)["items"]
        member_id = next(c["author"]["id"] for c in comments if c["author"]["display_name"] == "Mila")
        mod.get(f"{base}/moderation/members/{member_id}")
        mod.find_element(By.CSS_SELECTOR, "#block [name='reason']").send_keys("Advertising links in comments")
        mod.find_element(By.CSS_SELECTOR, "#block button[type='submit']").click()
        WebDriverWait(mod, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "blocked"))
        member.get(base + "/account/unblock")
        assert member.find_element(By.CSS_SELECTOR, "#unblock [name='subject']").get_attribute("value") == "Restoration of account / unlock access"
        member.find_element(By.CSS_SELECTOR, "#unblock [name='explanation']").send_keys(
            "I posted links to another website, which the community standards do not allow.")
        member.find_element(By.CSS_SELECTOR, "#unblock button[type='submit']").click()
        WebDriverWait(member, 10).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "request was sent"))
        mod.get(base + "/moderation/unblock-requests")
        mod.find_element(By.CSS_SELECTOR, ".queue__item button[value='true']").click()
        WebDriverWait(mod, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "granted"))
        member.get(base + "/account/unblock")
        assert "not blocked" in member.find_element(By.TAG_NAME, "h1").text

        # A second block is permanent: the form is gone.
        mod.get(f"{base}/moderation/members/{member_id}")
        mod.find_element(By.CSS_SELECTOR, "#block [name='reason']").send_keys("Advertising again")
        mod.find_element(By.CSS_SELECTOR, "#block button[type='submit']").click()
        WebDriverWait(mod, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "permanently"))
        member.get(base + "/account/unblock")
        assert "cannot be restored" in member.find_element(By.TAG_NAME, "h1").text
        assert not member.find_elements(By.CSS_SELECTOR, "#unblock")
    finally:
        mod.quit()
        member.quit()
        reader.quit()
