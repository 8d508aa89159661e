#!/usr/bin/env python3
"""Discussion benchmark: comments posted per second through the API, with the standards engine on and durable
writes, at 10 and 1,000 concurrent clients, with p50/p99 latency; then reads of a thread page with 500 comments.
Figures only, never pass/fail. Loopback only, every phase bounded in time.

    python3 bench/comments.py [--seconds 10] [--members 1200]
Uses .build-release/release/newsdesk when it exists (`swift build -c release --scratch-path .build-release`), else the debug build.
"""
import argparse, json, os, random, shutil, subprocess, sys, tempfile, threading, time, urllib.request, urllib.error

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("NEWSDESK_BIN") or next(p for p in (os.path.join(ROOT, ".build-release/release/newsdesk"),
                                                          os.path.join(ROOT, ".build/release/newsdesk"),
                                                          os.path.join(ROOT, ".build/debug/newsdesk")) if os.path.exists(p))
PORT = int(os.environ.get("PORT", "8099"))
BASE = f"http://127.0.0.1:{PORT}"
WORDS = ("storm coast harbour rescue evacuation wind flood residents teams night morning boats river town council "
         "roads power bridge shelter volunteers forecast rain damage repairs insurance schools").split()


def post(article, token, text):
    req = urllib.request.Request(f"{BASE}/api/v1/articles/{article}/comments", method="POST",
                                 data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except Exception:
        status = 0
    return status, (time.perf_counter() - t) * 1000


def load(article, tokens, clients, seconds):
    """`clients` threads post for `seconds`; each member posts at most 5 a minute, so threads rotate members."""
    stop = time.time() + seconds
    lat, statuses, lock = [], {}, threading.Lock()
    per = max(1, len(tokens) // clients)

    def worker(i):
        rng = random.Random(i)
        mine = tokens[i * per:(i + 1) * per] or tokens[i % len(tokens):i % len(tokens) + 1]
        k = 0
        while time.time() < stop:
            token = mine[k % len(mine)]
            k += 1
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40))).capitalize() + ". What a night on the coast."
            status, ms = post(article, token, text)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status == 201:
                    lat.append(ms)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(clients)]
    t0 = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 60)
    elapsed = time.time() - t0
    lat.sort()
    pct = lambda p: lat[min(len(lat) - 1, int(len(lat) * p))] if lat else float("nan")
    return len(lat) / elapsed, pct(0.5), pct(0.99), statuses


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--members", type=int, default=1200)
    args = ap.parse_args()
    data = tempfile.mkdtemp(prefix="newsdesk-bench-")
    env = {**os.environ, "NEWSDESK_DATA": data, "NEWSDESK_COMMENTS_PER_IP_MINUTE": "1000000"}
    tokens_file = os.path.join(data, "tokens.txt")
    subprocess.run([BIN, "seed", "--members", str(args.members), "--tokens-file", tokens_file], env=env, check=True, capture_output=True)
    tokens = open(tokens_file).read().split()
    log = open(os.path.join(data, "server.log"), "ab")
    server = subprocess.Popen([BIN, "serve", "--hostname", "127.0.0.1", "--port", str(PORT)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(BASE + "/api/v1/editions", timeout=1)
                break
            except Exception:
                time.sleep(0.2)
        items = json.load(urllib.request.urlopen(BASE + "/api/v1/articles?edition=en&limit=3"))["items"]
        print(f"binary={os.path.relpath(BIN, ROOT)} members={len(tokens)}")
        print(f"{'clients':>8} {'posts/s':>9} {'p50_ms':>8} {'p99_ms':>8}  statuses")
        for i, clients in enumerate((10, 1000)):
            rate, p50, p99, statuses = load(items[i]["id"], tokens[i * (len(tokens) // 2):(i + 1) * (len(tokens) // 2)], clients, args.seconds)
            print(f"{clients:>8} {rate:>9.1f} {p50:>8.1f} {p99:>8.1f}  {statuses}")
        # A thread of 500 comments, then page reads: anonymous (page cache) and with the cache bypassed.
        article = items[2]
        need = 500
        rng = random.Random(7)
        for n in range(need):
            post(article["id"], tokens[n % len(tokens)], " ".join(rng.choice(WORDS) for _ in range(15)).capitalize() + ". Agreed with the council.")
        url = article["url"]
        if shutil.which("wrk"):
            # A session cookie (even an unknown one) makes the page be rendered for that reader instead of shared.
            for label, extra in (("thread page, anonymous (page cache)", []), ("thread page, rendered per request", ["-H", "Cookie: newsdesk_session=bench"])):
                out = subprocess.run(["wrk", "-t1", "-c16", f"-d{int(args.seconds)}s", "--latency", *extra, url], capture_output=True, text=True).stdout
                rps = next((l.split()[1] for l in out.splitlines() if l.startswith("Requests/sec")), "?")
                p99 = next((l.split()[1] for l in out.splitlines() if l.strip().startswith("99%")), "?")
                print(f"{label}: {rps} req/s, p99 {p99}")
        else:
            t0, n = time.time(), 0
            while time.time() - t0 < args.seconds:
                urllib.request.urlopen(url).read()
                n += 1
            print(f"thread page (one client, no wrk): {n / (time.time() - t0):.0f} req/s")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
