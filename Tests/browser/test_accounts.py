"""A member's whole account life in a real Chromium: the captcha is solved by the page's own script and the
mails are read from the real SMTP server's Maildir (started by .ci/run)."""
import email
import email.policy
import os
import re
import time
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from conftest import Wait as WebDriverWait

from conftest import screenshot

MAILDIR = os.environ.get("NEWSDESK_MAILDIR", "ci-artifacts/maildir")
PASSWORD = "correct horse battery staple"


def wait_for_mail(address, subject_part, timeout=30):
    """The newest message to `address` whose subject contains `subject_part`, as plain text."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        new = os.path.join(MAILDIR, "new")
        names = sorted(os.listdir(new), key=lambda n: os.path.getmtime(os.path.join(new, n))) if os.path.isdir(new) else []
        for name in reversed(names):
            with open(os.path.join(new, name), "rb") as f:
                msg = email.message_from_binary_file(f, policy=email.policy.default)
            if address in str(msg["To"]) and subject_part in str(msg["Subject"]):
                return msg.get_body(preferencelist=("plain",)).get_content()
        time.sleep(0.5)
    raise AssertionError(f"no mail to {address} about {subject_part!r} within {timeout}s")


def link_in(text, path):
    m = re.search(r"https?://[^\s]+" + re.escape(path) + r"\?token=[A-Za-z0-9_-]+", text)
    assert m, f"no {path} link in mail:\n{text}"
    return m.group(0)


def fill(browser, form_id, **fields):
    for name, value in fields.items():
        el = browser.find_element(By.CSS_SELECTOR, f"#{form_id} [name='{name}']")
        el.clear()
        el.send_keys(value)


def submit(browser, form_id):
    browser.find_element(By.CSS_SELECTOR, f"#{form_id} button[type='submit']").click()


def test_member_registers_confirms_logs_in_recovers_deletes_and_restores(browser, base):
    address = f"reader-{uuid.uuid4().hex[:8]}@example.com"
    name = "Rita Reader"

    # Register: the page's script solves the proof-of-work captcha; the consent box starts unticked.
    browser.get(base + "/account/register")
    consent = browser.find_element(By.CSS_SELECTOR, "#register [name='consent']")
    assert not consent.is_selected()
    WebDriverWait(browser, 20).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#register [name='captcha_solution']").get_attribute("value"))
    assert not browser.find_element(By.CSS_SELECTOR, "[data-captcha-fallback]").is_displayed()
    fill(browser, "register", email=address, display_name=name, password=PASSWORD)
    consent.click()
    screenshot(browser, "register.png", full_height=False)
    submit(browser, "register")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Check your e-mail"))

    # Confirm from the mail that arrived at the SMTP server.
    browser.get(link_in(wait_for_mail(address, "Confirm"), "/account/confirm"))
    assert "confirmed" in browser.find_element(By.TAG_NAME, "h1").text

    # Log in and see the greeting; log out.
    browser.get(base + "/account/login")
    fill(browser, "login", email=address, password=PASSWORD)
    submit(browser, "login")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".member"), f"Hello, {name}!"))
    screenshot(browser, "logged-in.png", full_height=False)
    browser.find_element(By.CSS_SELECTOR, ".member__logout button").click()
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".member__register")))

    # Forgot the password: captcha again, mailed link, new password, logged in.
    browser.get(base + "/account/recover")
    WebDriverWait(browser, 20).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#recover [name='captcha_solution']").get_attribute("value"))
    fill(browser, "recover", email=address)
    submit(browser, "recover")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Check your e-mail"))
    browser.get(link_in(wait_for_mail(address, "Reset"), "/account/reset"))
    fill(browser, "reset", password="a different long passphrase")
    submit(browser, "reset")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".member"), f"Hello, {name}!"))

    # Delete the account after the "Are you sure" page; restore it from the mailed link.
    browser.get(base + "/account/delete")
    assert "Are you sure" in browser.find_element(By.CSS_SELECTOR, ".account__intro").text
    fill(browser, "delete", password="a different long passphrase")
    submit(browser, "delete")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "deleted"))
    assert browser.find_elements(By.CSS_SELECTOR, ".member__register")
    browser.get(link_in(wait_for_mail(address, "deleted"), "/account/restore"))
    submit(browser, "restore")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Welcome back"))
    browser.get(base + "/account/login")
    fill(browser, "login", email=address, password="a different long passphrase")
    submit(browser, "login")
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".member"), f"Hello, {name}!"))


def test_wrong_password_keeps_the_email_and_says_what_is_wrong(browser, base):
    browser.get(base + "/account/login")
    fill(browser, "login", email="nobody@example.com", password="not the right one")
    submit(browser, "login")
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".form__error")))
    assert "not right" in browser.find_element(By.CSS_SELECTOR, ".form__error").text
    assert browser.find_element(By.CSS_SELECTOR, "#login [name='email']").get_attribute("value") == "nobody@example.com"
