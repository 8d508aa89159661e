"""Two nodes on one PostgreSQL database behind nginx (started by .ci/run): what one node does, the other shows.

A comment posted through node A reaches a reader of node B (live stream and the cached page's counter) within two
seconds; a mail is sent once; a scheduled article is published once.
"""
import datetime
import glob
import hashlib
import http.client
import http.cookiejar
import json
import os
import re
import subprocess
import threading
import time
import urllib.parse
import urllib.request

NODE_A = os.environ["CLUSTER_NODE_A"]
NODE_B = os.environ["CLUSTER_NODE_B"]
BALANCER = os.environ["CLUSTER_BALANCER"]
BIN = os.environ["NEWSDESK_BIN"]
DATA = os.environ["CLUSTER_DATA"]
DB_URL = os.environ["CLUSTER_DATABASE_URL"]
PASSWORD = "a long cluster passphrase 42"


def cli(*args):
    env = dict(os.environ, NEWSDESK_DATA=DATA, NEWSDESK_DATABASE_URL=DB_URL)
    out = subprocess.run([BIN, *args], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr + out.stdout
    return out.stdout


def member_token(email, role):
    cli("user", "create", "--email", email, "--password", PASSWORD, "--role", role, "--display-name", role.title())
    return cli("user", "token", "--email", email).strip().splitlines()[-1]


def call(base, method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=10) as res:
            return res.status, json.loads(res.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def page(base, path):
    with urllib.request.urlopen(base + path, timeout=10) as res:
        return res.read().decode()


def comment_count(html):
    m = re.search(r'counter--comments">(\d+)', html)
    assert m, "the article page shows its comment counter"
    return int(m.group(1))


class Stream(threading.Thread):
    """Reads a Server-Sent Events stream and keeps the event names."""

    def __init__(self, base, path):
        super().__init__(daemon=True)
        url = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        self.conn.request("GET", path, headers={"Accept": "text/event-stream"})
        self.response = self.conn.getresponse()
        assert self.response.status == 200
        self.events = []

    def run(self):
        try:
            for raw in self.response:
                line = raw.decode().strip()
                if line.startswith("event:"):
                    self.events.append(line.split(":", 1)[1].strip())
        except Exception:
            pass


def test_a_comment_posted_through_one_node_reaches_a_reader_of_the_other():
    token = member_token("cluster-reader@example.com", "reader")
    status, listing = call(BALANCER, "GET", "/api/v1/articles?limit=1")
    assert status == 200 and listing["items"]
    article = listing["items"][0]
    path = urllib.parse.urlparse(article["url"]).path
    before = comment_count(page(NODE_B, path))  # node B now holds the page in its cache
    stream = Stream(NODE_B, "/threads/%d/live" % article["id"])
    stream.start()
    time.sleep(0.5)
    text = "Thanks for this report on %s. It explains the background clearly and fairly." % article["title"]
    status, posted = call(NODE_A, "POST", "/api/v1/articles/%d/comments" % article["id"], {"text": text}, token)
    assert status == 201, posted
    assert posted["status"] == "published", posted
    deadline = time.time() + 2
    while time.time() < deadline and "comment" not in stream.events:
        time.sleep(0.05)
    assert "comment" in stream.events, "node B's reader saw the comment arrive"
    while time.time() < deadline and comment_count(page(NODE_B, path)) != before + 1:
        time.sleep(0.1)
    assert comment_count(page(NODE_B, path)) == before + 1, "node B's cached page shows the new count"


def solve(token, bits):
    counter = 0
    while True:
        digest = hashlib.sha256((token + ":" + str(counter)).encode()).digest()
        value = int.from_bytes(digest, "big")
        if value >> (256 - bits) == 0:
            return str(counter)
        counter += 1


def test_a_registration_mail_is_sent_once_by_one_of_the_nodes():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(BALANCER + "/account/register", timeout=10).read().decode()
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    captcha = re.search(r'name="captcha_token" value="([^"]+)" data-difficulty="(\d+)"', form)
    email = "cluster-newcomer@example.com"
    fields = {"email": email, "display_name": "Newcomer", "password": PASSWORD, "consent": "on", "lang": "en",
              "csrf_token": csrf, "captcha_token": captcha.group(1), "captcha_solution": solve(captcha.group(1), int(captcha.group(2)))}
    req = urllib.request.Request(BALANCER + "/account/register", data=urllib.parse.urlencode(fields).encode(), method="POST")
    req.add_header("Origin", BALANCER)
    with opener.open(req, timeout=10) as res:
        assert res.status == 200
        assert "Check your e-mail" in res.read().decode()

    def sent():
        return [f for f in glob.glob(os.path.join(DATA, "mail", "*.eml")) if email in open(f, errors="replace").read()]
    deadline = time.time() + 15
    while time.time() < deadline and not sent():
        time.sleep(0.2)
    time.sleep(4)  # both nodes' delivery loops have had their turn
    assert len(sent()) == 1


def test_a_scheduled_article_is_published_once():
    token = member_token("cluster-editor@example.com", "editor")
    status, editions = call(BALANCER, "GET", "/api/v1/editions")
    assert status == 200
    edition = next(e for e in editions["items"] if e["code"] == "en") if isinstance(editions, dict) else editions[0]
    status, sections = call(BALANCER, "GET", "/api/v1/articles?edition=en&limit=1")
    section = sections["items"][0]["section"]["slug"]
    publish_at = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=4)).isoformat(timespec="seconds")
    status, created = call(BALANCER, "POST", "/api/v1/articles", {
        "edition": edition["code"], "section": section, "title": "Cluster scheduling works once",
        "summary": "Two nodes, one job.", "body_markdown": "Published by whichever node claimed the job.",
        "tags": [], "status": "scheduled", "publish_at": publish_at}, token)
    assert status == 201, created
    article_id = created["id"]
    deadline = time.time() + 20
    while time.time() < deadline and call(BALANCER, "GET", "/api/v1/articles/%d" % article_id)[0] != 200:
        time.sleep(0.5)
    assert call(BALANCER, "GET", "/api/v1/articles/%d" % article_id)[0] == 200
    time.sleep(4)
    status, revisions = call(BALANCER, "GET", "/api/v1/articles/%d/revisions" % article_id, token=token)
    assert status == 200
    by_scheduler = [r for r in revisions["items"] if r["author"]["display_name"] == "Scheduler"]
    assert len(by_scheduler) == 1, revisions


def test_a_live_blog_entry_posted_on_one_node_reaches_readers_of_the_other():
    editor = member_token("cluster-live-editor@example.com", "editor")
    journalist = member_token("cluster-live-journalist@example.com", "journalist")
    status, sections = call(BALANCER, "GET", "/api/v1/articles?edition=en&limit=1")
    section = sections["items"][0]["section"]["slug"]
    feed = Stream(NODE_B, "/api/v1/live/stream?edition=en")
    feed.start()
    status, blog = call(NODE_A, "POST", "/api/v1/articles", {
        "edition": "en", "section": section, "title": "Cluster live blog", "summary": "Two nodes, one blog.",
        "body_markdown": "Entries from either node.", "status": "published", "kind": "live_blog"}, editor)
    assert status == 201 and blog["kind"] == "live_blog", blog
    entries = Stream(NODE_B, "/api/v1/articles/%d/live-entries/stream" % blog["id"])
    entries.start()
    time.sleep(0.5)
    status, entry = call(NODE_A, "POST", "/api/v1/articles/%d/live-entries" % blog["id"], {"text_markdown": "Posted on node A."}, journalist)
    assert status == 201, entry
    deadline = time.time() + 2
    while time.time() < deadline and ("entry" not in entries.events or feed.events.count("entry") < 1):
        time.sleep(0.05)
    assert "entry" in entries.events, "node B's live-blog reader saw the entry arrive"
    assert "article" in feed.events and "entry" in feed.events, "node B's live feed saw the article and the entry"
