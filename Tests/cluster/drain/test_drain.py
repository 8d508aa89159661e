"""A node that is stopped (SIGTERM) leaves the pool without dropping a request (run by .ci/cluster after the journey).

During its drain period the node fails /readyz with 503 "draining" but still answers pages; its live streams end so
their readers reconnect elsewhere; then it closes and exits, and the balancer in front never answers a reader with
an error meanwhile.
"""
import http.client
import os
import signal
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

NODE_A = os.environ["CLUSTER_NODE_A"]
BALANCER = os.environ["CLUSTER_BALANCER"]
PID = int(os.environ["CLUSTER_NODE_A_PID"])
LOG = os.environ["CLUSTER_NODE_A_LOG"]
DRAIN = float(os.environ["CLUSTER_DRAIN_SECONDS"])


def get(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=10) as res:
            return res.status, res.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def alive(pid):
    """True while the process runs (a zombie waiting for its parent has exited)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


class Stream(threading.Thread):
    def __init__(self, base, path):
        super().__init__(daemon=True)
        url = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        self.conn.request("GET", path, headers={"Accept": "text/event-stream"})
        self.response = self.conn.getresponse()
        assert self.response.status == 200
        self.ended = threading.Event()
        self.lines = []

    def run(self):
        try:
            for raw in self.response:
                self.lines.append(raw.decode().strip())
        except Exception:
            pass
        self.ended.set()


def test_a_stopped_node_drains_and_the_site_keeps_answering():
    assert alive(PID)
    assert get(NODE_A, "/readyz")[0] == 200
    stream = Stream(NODE_A, "/api/v1/live/stream?edition=en")
    stream.start()

    stop = threading.Event()
    answers = []

    def readers():
        while not stop.is_set():
            try:
                answers.append(get(BALANCER, "/")[0])
            except Exception as e:  # a refused or cut connection is what a reader would see as an error
                answers.append(repr(e))
            time.sleep(0.02)

    load = [threading.Thread(target=readers, daemon=True) for _ in range(3)]
    for t in load:
        t.start()
    time.sleep(0.5)
    started = time.time()
    os.kill(PID, signal.SIGTERM)
    time.sleep(0.5)

    status, body = get(NODE_A, "/readyz")
    assert status == 503 and "draining" in body, (status, body)
    assert get(NODE_A, "/healthz")[0] == 200
    status, html = get(NODE_A, "/")
    assert status == 200 and "<html" in html, "a draining node still serves pages"
    assert stream.ended.wait(5), "the node's live streams end so their readers reconnect elsewhere"
    assert any(line.startswith("retry:") for line in stream.lines)

    deadline = started + DRAIN + 20
    while alive(PID) and time.time() < deadline:
        time.sleep(0.1)
    assert not alive(PID), "the node exits after draining"
    assert time.time() - started >= DRAIN - 0.5, "the node served for its whole drain period"

    time.sleep(1)  # the balancer keeps answering from the node that stays
    stop.set()
    for t in load:
        t.join(15)
    errors = [a for a in answers if a != 200]
    assert len(answers) > 50 and not errors, "readers saw errors during the drain: %r" % errors[:5]
    log = open(LOG).read()
    assert "draining" in log and "drained" in log, log[-2000:]
