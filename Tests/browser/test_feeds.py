"""The demo site's feeds parse with feedparser without errors, and every item's link answers 200."""
import json
import os
import subprocess
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


SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemas")


def validate(xml, schema, tmp_path, name):
    """xmllint --schema: the document against a schema kept in Tests/browser/schemas (no network)."""
    path = tmp_path / name
    path.write_bytes(xml)
    result = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", os.path.join(SCHEMAS, schema), str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, (name, result.stderr[-2000:])


def test_sitemap_index_its_parts_and_the_news_sitemap_validate_against_their_schemas(base, tmp_path):
    status, index = fetch(base + "/sitemap.xml")
    assert status == 200
    validate(index, "siteindex.xsd", tmp_path, "index.xml")
    parts = [loc.split("</loc>")[0] for loc in index.decode().split("<loc>")[1:]]
    assert any("/sitemaps/pages.xml" in p for p in parts) and any("/sitemaps/articles-" in p for p in parts)
    for i, url in enumerate(parts[:4]):
        status, part = fetch(url)
        assert status == 200, url
        validate(part, "sitemap.xsd", tmp_path, f"part-{i}.xml")
    status, news = fetch(base + "/news-sitemap.xml")
    assert status == 200
    validate(news, "sitemap.xsd", tmp_path, "news.xml")
