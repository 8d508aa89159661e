#!/usr/bin/env python3
"""Search benchmark: search latency p50/p95/p99 through the HTTP API at several archive sizes, on SQLite and (with
--postgres URL) on PostgreSQL, plus the time to first byte and the whole of /sitemap.xml and one monthly part at the
same sizes. Figures only, never pass/fail. Loopback only.

    python3 bench/search.py [--sizes 10000,100000] [--postgres postgres://newsdesk:newsdesk@127.0.0.1/newsdesk_bench]
        [--requests 300]

Each size is a fresh site: the demo content plus generated articles (`newsdesk seed --articles N`), indexed as they
are written. On PostgreSQL the database named in the URL is emptied first. Uses .build-release/release/newsdesk when
it exists (`swift build -c release --scratch-path .build-release`), else the debug build (slower: say which).
"""
import argparse, http.client, json, os, shutil, subprocess, tempfile, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("NEWSDESK_BIN") or next(p for p in (os.path.join(ROOT, ".build-release/release/newsdesk"),
                                                          os.path.join(ROOT, ".build/release/newsdesk"),
                                                          os.path.join(ROOT, ".build/debug/newsdesk")) if os.path.exists(p))
PORT = int(os.environ.get("PORT", "8098"))

# A mix of what readers type: a word in many headlines, a rarer one, a phrase, an exclusion, an inflected form,
# a misspelling (no results, "did you mean"), newest-first, and a filtered search.
QUERIES = [
    "q=storm", "q=harvest", "q=%22rail+strike%22", "q=markets+-budget", "q=vaccines", "q=ministers+weigh",
    "q=hurricnae", "q=summit&sort=newest", "q=climate&from=2026-01-01",
]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]


def timed_get(conn, path):
    t = time.perf_counter()
    conn.request("GET", path)
    r = conn.getresponse()
    first = time.perf_counter()
    body = r.read()
    return r.status, (first - t) * 1000, (time.perf_counter() - t) * 1000, body


def reset_postgres(url):
    u = urllib.parse.urlparse(url)
    env = {**os.environ, "PGPASSWORD": u.password or ""}
    subprocess.run(["psql", "-h", u.hostname or "127.0.0.1", "-U", u.username or "newsdesk", "-d", u.path.lstrip("/"), "-q",
                    "-c", "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"], env=env, check=True, capture_output=True)


def run(store, size, pg_url, requests):
    data = tempfile.mkdtemp(prefix="newsdesk-bench-search-")
    env = {**os.environ, "NEWSDESK_DATA": data, "LOG_LEVEL": "warning"}
    if store == "postgresql":
        reset_postgres(pg_url)
        env["NEWSDESK_DATABASE_URL"] = pg_url
    t = time.time()
    subprocess.run([BIN, "seed", "--articles", str(size)], env=env, check=True, capture_output=True)
    seeded = time.time() - t
    log = open(os.path.join(data, "server.log"), "ab")
    server = subprocess.Popen([BIN, "serve", "--hostname", "127.0.0.1", "--port", str(PORT)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        conn = None
        for _ in range(600):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
                conn.request("GET", "/healthz")
                conn.getresponse().read()
                break
            except Exception:
                time.sleep(0.2)
        rss_before = int(open(f"/proc/{server.pid}/status").read().split("VmRSS:")[1].split()[0]) // 1024
        # Warm up once per query, then measure.
        for q in QUERIES:
            timed_get(conn, "/api/v1/search?" + q)
        times, totals = [], {}
        for i in range(requests):
            q = QUERIES[i % len(QUERIES)]
            status, _, ms, body = timed_get(conn, "/api/v1/search?" + q)
            if status != 200:
                raise SystemExit(f"{q}: {status} {body[:200]}")
            times.append(ms)
            totals[q] = json.loads(body)["total"]
        suggest = [timed_get(conn, "/api/v1/search/suggest?q=stor")[2] for _ in range(50)]
        status, first, whole, body = timed_get(conn, "/sitemap.xml")
        part = body.decode().split("<loc>")[2].split("</loc>")[0] if status == 200 and body.count(b"<loc>") > 1 else None
        part_first = part_whole = 0.0
        if part:
            _, part_first, part_whole, _ = timed_get(conn, urllib.parse.urlparse(part).path)
        rss_after = int(open(f"/proc/{server.pid}/status").read().split("VmRSS:")[1].split()[0]) // 1024
        print(f"{store:10} {size:>9,} articles  seed+index {seeded:7.1f} s   search p50 {pct(times, 50):6.1f} ms  "
              f"p95 {pct(times, 95):6.1f} ms  p99 {pct(times, 99):6.1f} ms  (n={len(times)})   suggest p95 {pct(suggest, 95):5.1f} ms   "
              f"sitemap.xml first byte {first:6.1f} ms / {whole:6.1f} ms   month part {part_first:6.1f} / {part_whole:7.1f} ms   "
              f"RSS {rss_before} -> {rss_after} MB", flush=True)
        print("    totals: " + ", ".join(f"{urllib.parse.unquote_plus(q)}={n}" for q, n in totals.items()), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--postgres", default=None, help="a PostgreSQL URL whose database may be emptied")
    ap.add_argument("--requests", type=int, default=300)
    args = ap.parse_args()
    print(f"binary={os.path.relpath(BIN, ROOT)}  date={time.strftime('%Y-%m-%d')}  cores={os.cpu_count()}")
    for size in [int(s) for s in args.sizes.split(",")]:
        run("sqlite", size, None, args.requests)
        if args.postgres:
            run("postgresql", size, args.postgres, args.requests)


if __name__ == "__main__":
    main()
