#!/usr/bin/env python3
"""Moderation queue with many pending items: seeds N held comments straight into the SQLite store, then times the
queue API (first page, a filtered page, and a page deep in the list) as a moderator would call it.
Figures only. Loopback only.

    python3 bench/queue.py [--items 100000]
Uses .build-release/release/newsdesk or .build/release/newsdesk when built, else the debug build.
"""
import argparse, json, os, sqlite3, subprocess, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CANDIDATES = [os.path.join(ROOT, p) for p in (".build-release/release/newsdesk", ".build/release/newsdesk", ".build/debug/newsdesk")]
BIN = os.environ.get("NEWSDESK_BIN") or next(p for p in CANDIDATES if os.path.exists(p))
PORT = int(os.environ.get("PORT", "8097"))
BASE = f"http://127.0.0.1:{PORT}"


def timed(path, token, n=20):
    samples = []
    for _ in range(n):
        req = urllib.request.Request(BASE + path, headers={"Authorization": "Bearer " + token})
        t = time.perf_counter()
        with urllib.request.urlopen(req) as r:
            body = json.load(r)
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return samples[len(samples) // 2], samples[-1], len(body["items"]), body.get("next_cursor")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=100_000)
    args = ap.parse_args()
    data = tempfile.mkdtemp(prefix="newsdesk-queue-")
    env = {**os.environ, "NEWSDESK_DATA": data}
    subprocess.run([BIN, "seed"], env=env, check=True, capture_output=True)
    subprocess.run([BIN, "user", "create", "--email", "mod@example.test", "--password", "moderator passphrase", "--role", "moderator"],
                   env=env, check=True, capture_output=True)
    token = subprocess.run([BIN, "user", "token", "--email", "mod@example.test"], env=env, check=True, capture_output=True,
                           text=True).stdout.split()[-1]
    db = sqlite3.connect(os.path.join(data, "newsdesk.sqlite"))
    articles = [r[0] for r in db.execute("SELECT id FROM articles LIMIT 50")]
    author = db.execute("SELECT id FROM users WHERE email = 'mod@example.test'").fetchone()[0]
    rules = ["commercial_links", "insult_threat", "trolling", "off_topic", "promotion"]
    now = time.time()
    t0 = time.time()
    db.executemany(
        "INSERT INTO comments (article_id, author_id, text, status, findings, likes, created_at, edited_by_moderator) VALUES (?,?,?,?,?,?,?,?)",
        ((articles[i % len(articles)], author, f"Held comment number {i} about the story.", "pending",
          json.dumps([{"rule": rules[i % 5], "start": 0, "end": 4, "confidence": 0.8, "message": "m", "overRate": False}]),
          0, now - i, 0) for i in range(args.items)))
    db.commit()
    seeded = time.time() - t0
    plan = db.execute("EXPLAIN QUERY PLAN SELECT id FROM comments WHERE deleted_at IS NULL AND status = 'pending' "
                      "ORDER BY created_at DESC, id DESC LIMIT 51").fetchall()
    db.close()
    log = open(os.path.join(data, "server.log"), "ab")
    server = subprocess.Popen([BIN, "serve", "--hostname", "127.0.0.1", "--port", str(PORT)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(BASE + "/api/v1/editions", timeout=1)
                break
            except Exception:
                time.sleep(0.2)
        print(f"binary={os.path.relpath(BIN, ROOT)} pending_items={args.items} seeded_in_s={seeded:.1f}")
        print("plan:", " | ".join(str(p[-1]) for p in plan))
        for label, path in (("first page", "/api/v1/moderation/queue"),
                            ("filtered by rule", "/api/v1/moderation/queue?rule=trolling"),
                            ("oldest first", "/api/v1/moderation/queue?sort=oldest"),
                            ("page at item 5,000", "/api/v1/moderation/queue?cursor=5000")):
            p50, worst, n, _ = timed(path, token)
            print(f"{label:<22} p50 {p50:7.1f} ms   max {worst:7.1f} ms   items {n}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
