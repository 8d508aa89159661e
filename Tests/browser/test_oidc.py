"""Signing in with an outside account in a real Chromium, through the OpenID Connect provider's own pages
(oidc-provider-mock on 127.0.0.1, started by .ci/run and offered by the demo site as "Mock ID")."""
import json
import os
import urllib.request
import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import Wait as WebDriverWait
from conftest import screenshot

PROVIDER = os.environ.get("NEWSDESK_OIDC_URL")
LABEL = os.environ.get("NEWSDESK_OIDC_LABEL", "Mock ID")

pytestmark = pytest.mark.skipif(not PROVIDER, reason="no OpenID provider started (NEWSDESK_OIDC_URL)")


def set_user(sub, claims):
    request = urllib.request.Request(f"{PROVIDER}/users/{sub}", data=json.dumps(claims).encode(), method="PUT",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 204


def sign_in_at_provider(browser, base, sub):
    browser.get(base + "/account/login")
    browser.find_element(By.XPATH, f"//button[normalize-space()='Continue with {LABEL}']").click()
    WebDriverWait(browser, 15).until(EC.url_contains(PROVIDER))
    field = browser.find_element(By.NAME, "sub")
    field.send_keys(sub)
    screenshot(browser, "oidc-provider-page.png", full_height=False)
    browser.find_element(By.XPATH, "//button[normalize-space()='Authorize']").click()


def test_first_sign_in_answers_no_then_signs_in_again_and_settings_name_the_provider(browser, base):
    sub = "reader-" + uuid.uuid4().hex[:8]
    email = f"{sub}@example.test"
    set_user(sub, {"email": email, "email_verified": True, "name": "Olga Outside"})
    sign_in_at_provider(browser, base, sub)
    WebDriverWait(browser, 15).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Do you have an account here?"))
    screenshot(browser, "oidc-question.png")
    browser.find_element(By.XPATH, "//button[normalize-space()='No']").click()
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.ID, "oidc-create-consent")))
    assert browser.find_element(By.ID, "oidc-create-display_name").get_attribute("value") == "Olga Outside"
    browser.find_element(By.ID, "oidc-create-consent").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='Create my account']").click()
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.TAG_NAME, "body"), f"Linked account: {LABEL}"))
    assert "Welcome! Your account is ready." in browser.page_source
    assert f"Signed in as {email}" in browser.page_source
    screenshot(browser, "oidc-settings-linked.png")

    # Logged out, the next sign-in goes straight in.
    browser.delete_all_cookies()
    sign_in_at_provider(browser, base, sub)
    WebDriverWait(browser, 15).until(lambda d: d.current_url.rstrip("/") == base.rstrip("/"))
    browser.get(base + "/account/settings")
    assert f"Signed in as {email}" in browser.page_source


def test_first_sign_in_answers_yes_and_links_after_the_password(browser, base):
    # A member registered with a password (made by the operator command, as the CI's contract step does).
    import subprocess
    member = "member-" + uuid.uuid4().hex[:8] + "@example.test"
    password = "correct horse battery staple"
    env = dict(os.environ)
    subprocess.run([os.environ["NEWSDESK_BIN"], "user", "create", "--email", member, "--password", password, "--role", "reader",
                    "--display-name", "Ivan Inside"], check=True, env=env, capture_output=True)
    sub = "linker-" + uuid.uuid4().hex[:8]
    set_user(sub, {"email": f"{sub}@elsewhere.test", "email_verified": True, "name": "Ivan Outside"})
    sign_in_at_provider(browser, base, sub)
    WebDriverWait(browser, 15).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Do you have an account here?"))
    browser.find_element(By.XPATH, "//button[normalize-space()='Yes']").click()
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.ID, "oidc-link-password")))
    email_field = browser.find_element(By.ID, "oidc-link-email")
    email_field.clear()
    email_field.send_keys(member)
    browser.find_element(By.ID, "oidc-link-password").send_keys(password)
    browser.find_element(By.XPATH, f"//button[normalize-space()='Log in and link {LABEL}']").click()
    WebDriverWait(browser, 10).until(EC.text_to_be_present_in_element((By.TAG_NAME, "body"), f"Linked account: {LABEL}"))
    assert f"Signed in as {member}" in browser.page_source
