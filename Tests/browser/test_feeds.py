"""The demo site's feeds parse with feedparser without errors, and every item's link answers 200."""
import json
import urllib.request

import feedparser


def fetch(url):
    with urllib.request.urlopen(url, timeout=20) as res:
        return res.status, res.read()


def test_rss_and_atom_feeds_parse_and_their_links_answer(base):
    for path in ("/rss.xml", "/atom.xml", "/ru/rss.xml", "/ru/atom.xml", "/section/world/rss.xml"):
        status, body = fetch(base + path)
        assert status == 200, path
        feed = feedparser.parse(body)
        assert feed.bozo == 0, (path, feed.get("bozo_exception"))
        assert 1 <= len(feed.entries) <= 30, path
        for entry in feed.entries[:5]:
            assert fetch(entry.link)[0] == 200, entry.link


def test_json_feed_is_version_1_1_and_its_items_link_to_articles(base):
    status, body = fetch(base + "/feed.json")
    assert status == 200
    feed = json.loads(body)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["items"]
    for item in feed["items"][:5]:
        assert fetch(item["url"])[0] == 200
