#!/usr/bin/env python3
"""Newsroom benchmark: how long after an editor's publish the article is on the front page and in the API; how late
a scheduled article goes live after its time; the editor's save latency (p50/p99); photo uploads and variants made
per second. Figures only, never pass/fail. Loopback only, every phase bounded.

    python3 bench/newsroom.py [--articles 20] [--saves 200] [--photos 8]
Uses .build-release/release/newsdesk when it exists (`swift build -c release --scratch-path .build-release`), else the debug build.
"""
import argparse, datetime, json, os, statistics, subprocess, tempfile, threading, time, urllib.error, urllib.request, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("NEWSDESK_BIN") or next(p for p in (os.path.join(ROOT, ".build-release/release/newsdesk"),
                                                          os.path.join(ROOT, ".build/release/newsdesk"),
                                                          os.path.join(ROOT, ".build/debug/newsdesk")) if os.path.exists(p))
PORT = int(os.environ.get("PORT", "8097"))
BASE = f"http://127.0.0.1:{PORT}"
FIXTURE = os.path.join(ROOT, "Tests/NewsdeskTests/Media/Fixtures/gps-rotated.jpg")


def call(method, path, token, body=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    headers = {"Authorization": "Bearer " + token}
    if data is not None:
        headers["Content-Type"] = content_type
    req = urllib.request.Request(BASE + path, method=method, data=data, headers=headers)
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            out = r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        out, status = e.read(), e.code
    return status, (time.perf_counter() - t) * 1000, (json.loads(out) if out[:1] in (b"{", b"[") else out)


def fetch(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as r:
        return r.read().decode()


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]


def multipart(fields, filename, data):
    boundary = "bench-" + uuid.uuid4().hex
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode() for k, v in fields.items()]
    parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
                 f"Content-Type: image/jpeg\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--saves", type=int, default=200)
    ap.add_argument("--photos", type=int, default=8)
    args = ap.parse_args()
    data = tempfile.mkdtemp(prefix="newsdesk-bench-")
    env = {**os.environ, "NEWSDESK_DATA": data, "NEWSDESK_VIEW_FLUSH_SECONDS": "1"}
    email = "bench-editor@newsdesk.test"
    subprocess.run([BIN, "seed"], env=env, check=True, capture_output=True)
    subprocess.run([BIN, "user", "create", "--email", email, "--password", uuid.uuid4().hex, "--role", "editor",
                    "--display-name", "Bench Editor"], env=env, check=True, capture_output=True)
    token = subprocess.run([BIN, "user", "token", "--email", email], env=env, check=True, capture_output=True, text=True).stdout.split()[-1]
    log = open(os.path.join(data, "server.log"), "ab")
    server = subprocess.Popen([BIN, "serve", "--hostname", "127.0.0.1", "--port", str(PORT)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(BASE + "/api/v1/editions", timeout=1)
                break
            except Exception:
                time.sleep(0.2)
        zone = next(e["time_zone"] for e in json.loads(fetch("/api/v1/editions"))["items"] if e["code"] == "en")
        print(f"binary={os.path.relpath(BIN, ROOT)}")

        # Publish → front page and API (the front page is cached for anonymous readers: the write must drop it).
        fetch("/")
        front, api, publish = [], [], []
        for n in range(args.articles):
            title = f"Bench story {n} {uuid.uuid4().hex[:6]}"
            t0 = time.perf_counter()
            status, ms, body = call("POST", "/api/v1/articles", token, {"edition": "en", "section": "world", "title": title,
                                                                          "summary": "Bench.", "body_markdown": "Text.", "status": "published"})
            assert status == 201, body
            publish.append(ms)
            seen_front = seen_api = None
            while seen_front is None or seen_api is None:
                now = time.perf_counter()
                if seen_front is None and title in fetch("/"):
                    seen_front = (now - t0) * 1000
                if seen_api is None and f'"id":{body["id"]},' in fetch("/api/v1/articles?edition=en&limit=5"):
                    seen_api = (now - t0) * 1000
                if now - t0 > 30:
                    break
            front.append(seen_front or 30000)
            api.append(seen_api or 30000)
        print(f"publish → visible ({args.articles} articles): publish request p50 {statistics.median(publish):.1f} ms; "
              f"front page p50 {statistics.median(front):.1f} ms, max {max(front):.1f} ms; API p50 {statistics.median(api):.1f} ms, max {max(api):.1f} ms")

        # Scheduled: how late after its time (the job loop runs every NEWSDESK_VIEW_FLUSH_SECONDS = 1 s).
        late = []
        for n in range(3):
            at = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(seconds=3)
            title = f"Bench scheduled {n} {uuid.uuid4().hex[:6]}"
            status, _, body = call("POST", "/api/v1/articles", token, {"edition": "en", "section": "world", "title": title,
                                                                        "status": "scheduled", "publish_at": at.isoformat()})
            assert status == 201, body
            while title not in fetch("/") and time.time() < at.timestamp() + 30:
                time.sleep(0.05)
            late.append(time.time() - at.timestamp())
        print(f"scheduled → on the front page after its time: {', '.join(f'{x:.2f} s' for x in late)}")

        # The editor's save: PATCH with the version, a 6 KB body, one after another.
        status, _, body = call("POST", "/api/v1/articles", token, {"edition": "en", "section": "world", "title": "Save bench",
                                                                    "status": "published", "body_markdown": "x"})
        article, version, saves = body["id"], body["version"], []
        text = ("The council met at dawn and agreed the repairs. " * 120)
        for n in range(args.saves):
            status, ms, body = call("PATCH", f"/api/v1/articles/{article}", token,
                                    {"version": version, "body_markdown": text + str(n), "tags": ["Bench", f"T{n % 7}"]})
            assert status == 200, body
            version = body["version"]
            saves.append(ms)
        print(f"editor save ({args.saves} saves of a published 6 KB article): p50 {statistics.median(saves):.1f} ms, "
              f"p99 {pct(saves, 99):.1f} ms, max {max(saves):.1f} ms")

        # Photos: a 1600-wide JPEG, re-encoded and cut into WebP widths and a JPEG per upload.
        big = os.path.join(data, "big.jpg")
        subprocess.run(["vipsthumbnail", FIXTURE, "--size", "1600x", "-o", big + "[Q=85]"], check=True)
        photo = open(big, "rb").read()
        for workers in (1, 2):
            made, times, lock = [], [], threading.Lock()

            def upload(count):
                for _ in range(count):
                    raw, ctype = multipart({"caption": "Bench", "credit": "Bench / Bench", "alt": "Bench photo"}, "big.jpg", photo)
                    status, ms, body = call("POST", "/api/v1/media", token, raw=raw, content_type=ctype)
                    with lock:
                        times.append(ms)
                        if status == 201:
                            made.append(len(body["variants"]))
            t0 = time.perf_counter()
            threads = [threading.Thread(target=upload, args=(args.photos // workers,)) for _ in range(workers)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            spent = time.perf_counter() - t0
            print(f"photos, {workers} at a time: {len(made)} uploads in {spent:.1f} s = {len(made) / spent:.2f} uploads/s, "
                  f"{sum(made) / spent:.1f} variants/s; upload p50 {statistics.median(times):.0f} ms")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
