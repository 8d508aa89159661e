"""Search in a real Chromium: the header box works as a plain form, suggests headlines as you type, and the results
page filters by section and pages through results. Also checked with JavaScript switched off."""
import json
import urllib.parse
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select
from conftest import Wait as WebDriverWait, make_driver, screenshot


def api(base, path):
    with urllib.request.urlopen(base + path) as r:
        return json.loads(r.read())


def test_the_header_box_finds_articles_and_marks_the_words(browser, base):
    browser.get(base + "/news")
    box = browser.find_element(By.CSS_SELECTOR, "form.search-box input[name=q]")
    box.send_keys("storms" + Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "/search?q=storms" in d.current_url)
    results = browser.find_elements(By.CSS_SELECTOR, ".search-results .feed-item")
    assert len(results) >= 3
    marks = browser.find_elements(By.CSS_SELECTOR, ".search-snippet mark")
    assert marks and all(m.text.lower().startswith("storm") for m in marks)
    assert "result" in browser.find_element(By.CSS_SELECTOR, ".search-summary").text
    screenshot(browser, "search-results.png")
    # The first result leads to its article.
    first = results[0].find_element(By.CSS_SELECTOR, "a.feed-item__link")
    href = first.get_attribute("href")
    first.click()
    WebDriverWait(browser, 10).until(lambda d: d.current_url == href)


def test_headlines_are_suggested_as_you_type_and_keyboard_selects_one(browser, base):
    title = api(base, "/api/v1/articles?edition=en&limit=1")["items"][0]["title"]
    word = max(title.split(), key=len).strip(",.:;!?'\"")
    browser.get(base + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.search-box input[name=q]")
    box.send_keys(word[:5])
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".search-box__list li a"))
    options = browser.find_elements(By.CSS_SELECTOR, ".search-box__list li a")
    assert any(word.lower()[:5] in o.text.lower() for o in options)
    assert box.get_attribute("aria-expanded") == "true"
    box.send_keys(Keys.ARROW_DOWN)
    target = browser.find_element(By.CSS_SELECTOR, ".search-box__list li[aria-selected=true] a").get_attribute("href")
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.current_url == target)


def test_filters_and_paging_work_on_the_results_page(browser, base):
    section = api(base, "/api/v1/articles?edition=en&section=world&limit=1")["items"][0]
    word = max(section["title"].split(), key=len).strip(",.:;!?'\"")
    browser.get(base + "/search?" + urllib.parse.urlencode({"q": word}))
    Select(browser.find_element(By.ID, "search-section")).select_by_value("world")
    browser.find_element(By.CSS_SELECTOR, ".search-form__filters button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "section=world" in d.current_url)
    kickers = [k.text for k in browser.find_elements(By.CSS_SELECTOR, ".search-results .kicker")]
    assert kickers and all(k.lower() == "world" for k in kickers)
    # A word in many articles pages on with "More results".
    browser.get(base + "/search?q=the&sort=newest")
    more = browser.find_elements(By.CSS_SELECTOR, ".pager__next")
    if api(base, "/api/v1/search?q=the")["total"] > 20:
        first_page = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".feed-item__title")]
        more[0].click()
        WebDriverWait(browser, 10).until(lambda d: "cursor=" in d.current_url)
        second_page = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".feed-item__title")]
        assert second_page and not set(first_page) & set(second_page)


def test_without_javascript_the_form_still_searches_and_a_typo_gets_did_you_mean(base):
    driver = make_driver()
    try:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        driver.get(base + "/ru/")
        box = driver.find_element(By.CSS_SELECTOR, "form.search-box input[name=q]")
        box.send_keys("выборах" + Keys.ENTER)
        WebDriverWait(driver, 10).until(lambda d: "/ru/search" in d.current_url)
        assert driver.find_elements(By.CSS_SELECTOR, ".search-results .feed-item")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
        # A long headline word with two different letters to swap: a slip of the finger the site can correct.
        titles = [a["title"] for a in api(base, "/api/v1/articles?edition=en&limit=20")["items"]]
        word = next(w for t in titles for w in (x.strip(",.:;!?'\"").lower() for x in t.split())
                    if len(w) >= 7 and w.isalpha() and w.isascii() and w[2] != w[3])
        typo = word[:2] + word[3] + word[2] + word[4:]
        driver.get(base + "/search?" + urllib.parse.urlencode({"q": typo}))
        suggestion = driver.find_elements(By.CSS_SELECTOR, ".search-suggestion a")
        assert suggestion and suggestion[0].text == word, (typo, word)
    finally:
        driver.quit()
