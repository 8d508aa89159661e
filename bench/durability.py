#!/usr/bin/env python3
"""Acknowledged means durable: posts comments concurrently through the API, kills the server with SIGKILL in the
middle, restarts it, and checks that every comment that got its 201 is still there. SQLite by default; set
NEWSDESK_DATABASE_URL for PostgreSQL. Loopback only, bounded in time. Prints figures; exits 1 if a comment is lost.

    python3 bench/durability.py [--members 40] [--per-member 5] [--kill-after 1.5]
"""
import argparse, json, os, random, signal, subprocess, sys, tempfile, threading, time, urllib.request, urllib.error

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("NEWSDESK_BIN", os.path.join(ROOT, ".build/debug/newsdesk"))
PORT = int(os.environ.get("PORT", "8098"))
BASE = f"http://127.0.0.1:{PORT}"
WORDS = ("storm coast harbour rescue evacuation wind flood residents teams night morning boats river town council "
         "roads power bridge shelter volunteers forecast rain").split()


def call(method, path, body=None, token=None, timeout=10):
    req = urllib.request.Request(BASE + path, method=method, data=json.dumps(body).encode() if body is not None else None)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, None


def stored_ids(data):
    """Every comment id in the store: held comments count too, since they were acknowledged."""
    url = os.environ.get("NEWSDESK_DATABASE_URL")
    if url:
        out = subprocess.run(["psql", url.split("?")[0], "-Atc", "SELECT id FROM comments"], check=True, capture_output=True, text=True)
        return {int(x) for x in out.stdout.split()}
    import sqlite3
    with sqlite3.connect(os.path.join(data, "newsdesk.sqlite")) as db:
        return {row[0] for row in db.execute("SELECT id FROM comments")}


def start(env, log):
    proc = subprocess.Popen([BIN, "serve", "--hostname", "127.0.0.1", "--port", str(PORT)], env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            urllib.request.urlopen(BASE + "/api/v1/editions", timeout=1)
            return proc
        except Exception:
            time.sleep(0.2)
    proc.kill()
    sys.exit("server did not start")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=40)
    ap.add_argument("--per-member", type=int, default=5)
    ap.add_argument("--kill-after", type=float, default=3.0)
    args = ap.parse_args()
    data = tempfile.mkdtemp(prefix="newsdesk-durability-")
    # All posters share 127.0.0.1, so the per-address limit is lifted for this run (the per-member one stays).
    env = {**os.environ, "NEWSDESK_DATA": data, "NEWSDESK_COMMENTS_PER_IP_MINUTE": "100000"}
    log = open(os.path.join(data, "server.log"), "ab")
    server = start(env, log)
    status, body = call("GET", "/api/v1/articles?limit=1")
    article = body["items"][0]["id"]
    tokens = []
    run = os.path.basename(data)[-6:].lower()
    for i in range(args.members):
        email = f"durable{i}-{run}@example.com"
        subprocess.run([BIN, "user", "create", "--email", email, "--password", "durability passphrase", "--role", "reader"],
                       env=env, check=True, capture_output=True)
        out = subprocess.run([BIN, "user", "token", "--email", email], env=env, check=True, capture_output=True, text=True)
        tokens.append(out.stdout.strip().splitlines()[-1])

    acknowledged, lock, errors = [], threading.Lock(), [0]

    def poster(token, n):
        rng = random.Random(token)
        for k in range(n):
            text = " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + f". Note {k} from a reader on the coast."
            try:
                status, body = call("POST", f"/api/v1/articles/{article}/comments", {"text": text}, token)
            except Exception:
                errors[0] += 1
                return
            if status == 201:
                with lock:
                    acknowledged.append(body["id"])

    threads = [threading.Thread(target=poster, args=(t, args.per_member)) for t in tokens]
    t0 = time.time()
    for t in threads:
        t.start()
    time.sleep(args.kill_after)
    server.send_signal(signal.SIGKILL)
    server.wait()
    killed_at = time.time() - t0
    for t in threads:
        t.join(timeout=20)
    with lock:
        acked = list(acknowledged)
    # Restart (recovery runs, migrations are checked) and read what the database holds.
    server = start(env, log)
    server.terminate()
    server.wait()
    seen = stored_ids(data)
    missing = [c for c in acked if c not in seen]
    store = "postgresql" if os.environ.get("NEWSDESK_DATABASE_URL") else "sqlite"
    print(f"store={store} killed_after_s={killed_at:.2f} acknowledged={len(acked)} found_after_restart={len(acked) - len(missing)} "
          f"lost={len(missing)} client_errors_after_kill={errors[0]}")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
