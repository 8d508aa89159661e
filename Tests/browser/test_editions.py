"""Every edition in its own language and direction, checked by axe-core (no critical or serious violation) on the
front page, an article (anonymous and signed in, with its discussion), registration and the moderation desk with
items; keyboard use; screenshots of each edition on a desktop and a phone for people to look at."""
import json
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium_axe_python import Axe

from conftest import Wait as WebDriverWait
from conftest import make_driver, screenshot
from test_discussion import create_member, log_in, post
from test_moderation import create_staff, totp

# code, path prefix, language, direction, a word of its interface
EDITIONS = [("en", "", "en", "ltr", "All news"), ("ru", "/ru", "ru", "ltr", "Все новости"), ("ar", "/ar", "ar", "rtl", "كل الأخبار")]
COMMENTS = {"en": "The evacuation seems to have saved many lives. Well done to the rescue teams on the coast.",
            "ru": "Похоже, эвакуация спасла много жизней. Спасибо спасателям на побережье за их работу.",
            "ar": "يبدو أن الإجلاء أنقذ أرواحًا كثيرة. شكرًا لفرق الإنقاذ على الساحل على عملها."}


def axe_check(driver, what):
    """Fails on any critical or serious axe-core violation of the page now shown."""
    axe = Axe(driver)
    axe.inject()
    result = axe.run()
    bad = [v for v in result["violations"] if v["impact"] in ("critical", "serious")]
    assert not bad, f"{what}: " + Axe.report(bad)
    return result


def article_url(base, code, index=0):
    with urllib.request.urlopen(f"{base}/api/v1/articles?edition={code}&limit=5") as r:
        return json.load(r)["items"][index]["url"]


def check_edition(driver, lang, direction):
    html = driver.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("lang") == lang
    assert html.get_attribute("dir") == direction


@pytest.mark.parametrize("code,prefix,lang,direction,word", EDITIONS)
def test_front_article_and_registration_in_each_edition(base, code, prefix, lang, direction, word):
    desktop, phone = make_driver(), make_driver(390, 844)
    try:
        for driver, size in ((desktop, "desktop"), (phone, "phone")):
            driver.get(base + prefix + "/")
            check_edition(driver, lang, direction)
            assert word in driver.find_element(By.CSS_SELECTOR, ".sections-nav").text
            overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{code} front is {overflow}px wider than the window"
            if size == "desktop":
                axe_check(driver, f"{code} front page")
                # Right to left: the masthead's brand sits on the right.
                brand = driver.execute_script("var r = document.querySelector('.brand').getBoundingClientRect(); return [r.left, r.right, window.innerWidth]")
                assert (brand[1] > brand[2] / 2) == (direction == "rtl"), brand
            screenshot(driver, f"front-{code}-{size}.png")

            driver.get(article_url(base, code))
            check_edition(driver, lang, direction)
            if size == "desktop":
                axe_check(driver, f"{code} article")
                # The side column sits beside the story on a wide screen and is sticky.
                side = driver.find_element(By.CSS_SELECTOR, ".article-side")
                assert driver.execute_script("return getComputedStyle(arguments[0]).position", side) == "sticky"
                main = driver.find_element(By.CSS_SELECTOR, ".article-layout__main")
                assert abs(side.location["y"] - main.location["y"]) < 5
            else:
                # On a phone it comes after the story.
                side = driver.find_element(By.CSS_SELECTOR, ".article-side")
                main = driver.find_element(By.CSS_SELECTOR, ".article-layout__main")
                assert side.location["y"] > main.location["y"] + main.size["height"] - 5
            # Related stories come before the discussion.
            if driver.find_elements(By.CSS_SELECTOR, ".related"):
                assert driver.execute_script(
                    "return !!(document.querySelector('.related').compareDocumentPosition(document.querySelector('.discussion')) & 4)")
            screenshot(driver, f"article-{code}-{size}.png")

            # "Register" keeps the reader in the edition.
            driver.get(base + prefix + "/")
            driver.find_element(By.CSS_SELECTOR, ".member__register").click()
            WebDriverWait(driver, 5).until(EC.presence_of_element_located((By.ID, "register")))
            assert driver.current_url.endswith(prefix + "/account/register")
            check_edition(driver, lang, direction)
            assert word in driver.find_element(By.CSS_SELECTOR, ".sections-nav").text
            if size == "desktop":
                axe_check(driver, f"{code} registration")
                # The consent checkbox stays beside its label when the form comes back with errors.
                driver.find_element(By.CSS_SELECTOR, "#register button[type='submit']").click()
                WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#register-consent-error")))
                box = driver.find_element(By.ID, "register-consent").rect
                label = driver.find_element(By.CSS_SELECTOR, "label[for='register-consent']").rect
                assert abs(box["y"] - label["y"]) < 12, (box, label)
                axe_check(driver, f"{code} registration refused")
            screenshot(driver, f"register-{code}-{size}.png")
    finally:
        desktop.quit()
        phone.quit()


@pytest.mark.parametrize("code,prefix,lang,direction,word", EDITIONS)
def test_signed_in_article_with_a_discussion_in_each_edition(base, code, prefix, lang, direction, word):
    email = create_member(f"Reader{code.upper()}")
    driver = make_driver()
    try:
        log_in(driver, base, email)
        url = article_url(base, code, 1)
        driver.get(url)
        check_edition(driver, lang, direction)
        post(driver, COMMENTS[code])
        WebDriverWait(driver, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[data-comments]"), COMMENTS[code][:20]))
        driver.get(url)
        discussion = driver.find_element(By.CSS_SELECTOR, ".discussion")
        assert "caps" not in discussion.text and "Send comment" not in discussion.text or code == "en"
        axe_check(driver, f"{code} article signed in, with its discussion")
        driver.execute_script("document.querySelector('.discussion').scrollIntoView()")
        screenshot(driver, f"discussion-{code}-desktop.png", full_height=False)
    finally:
        driver.quit()


def test_moderation_desk_with_items_passes_axe(base):
    member = create_member("Held")
    mod_email = create_staff("Desk", "moderator")
    mod, writer = make_driver(), make_driver()
    try:
        log_in(writer, base, member)
        for code in ("en", "ru", "ar"):
            writer.get(article_url(base, code, 2))
            post(writer, "Photos of it are on https://stormpics.example.net/gallery today, have a look at them all.")
            WebDriverWait(writer, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "#comment-form [data-feedback]"), " "))
        log_in(mod, base, mod_email)
        mod.get(base + "/moderation")
        WebDriverWait(mod, 10).until(EC.url_contains("/account/two-factor"))
        secret = mod.find_element(By.CSS_SELECTOR, ".account__code code").text
        mod.find_element(By.CSS_SELECTOR, "#totp [name='code']").send_keys(totp(secret))
        submit = mod.find_element(By.CSS_SELECTOR, "#totp button[type='submit']")
        submit.click()
        # The enrolment page is replaced once the second factor is on (the old page's button goes stale); only then
        # does the desk open, so the next request must not race the submission.
        WebDriverWait(mod, 10).until(EC.staleness_of(submit))
        WebDriverWait(mod, 10).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#totp [name='code']"))
        mod.get(base + "/moderation")
        WebDriverWait(mod, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".queue__item")))
        assert "commercial_links" not in mod.find_element(By.CSS_SELECTOR, ".queue").text
        axe_check(mod, "moderation desk with items")
        mod.get(base + "/moderation/audit")
        axe_check(mod, "audit log")
    finally:
        mod.quit()
        writer.quit()


@pytest.mark.parametrize("code,prefix,lang,direction,word", EDITIONS)
def test_keyboard_reaches_the_content_and_the_registration(base, code, prefix, lang, direction, word):
    driver = make_driver()
    try:
        driver.get(base + prefix + "/")
        body = driver.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)
        skip = driver.switch_to.active_element
        assert skip.get_attribute("class") == "skip-link" and skip.is_displayed()
        # Tabbing on reaches the registration link; Enter follows it and the form takes typing.
        for _ in range(12):
            driver.switch_to.active_element.send_keys(Keys.TAB)
            if "member__register" in (driver.switch_to.active_element.get_attribute("class") or ""):
                break
        assert "member__register" in driver.switch_to.active_element.get_attribute("class")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        WebDriverWait(driver, 5).until(EC.presence_of_element_located((By.ID, "register")))
        for _ in range(40):
            driver.switch_to.active_element.send_keys(Keys.TAB)
            if driver.switch_to.active_element.get_attribute("id") == "register-email":
                break
        assert driver.switch_to.active_element.get_attribute("id") == "register-email"
        driver.switch_to.active_element.send_keys("keyboard@example.com")
        assert driver.find_element(By.ID, "register-email").get_attribute("value") == "keyboard@example.com"
    finally:
        driver.quit()
