#!/usr/bin/env python3
"""Live streams benchmark. Figures only, never pass/fail. Loopback only, every phase bounded in time.

1. One node (SQLite): open N idle live-blog streams and read the node's resident memory before and after
   (memory per open stream).
2. Two nodes (PostgreSQL, NEWSDESK_DATABASE_URL, shared data folder): S subscribers spread over both nodes; entries
   are posted on node A; post-to-delivery latency is measured at every subscriber (p50/p99 over all deliveries).

    python3 bench/live.py [--streams 10000] [--subscribers 5000] [--entries 20]
    NEWSDESK_DATABASE_URL=postgres://... python3 bench/live.py      # phase 2 needs it; phase 1 runs without
Each connection sends its own X-Forwarded-For (loopback is a trusted proxy), so the per-address cap of streams
does not apply; the node's cap (20,000 streams) does.
"""
import argparse, asyncio, json, os, resource, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("NEWSDESK_BIN") or next(p for p in (os.path.join(ROOT, ".build-release/release/newsdesk"),
                                                          os.path.join(ROOT, ".build/release/newsdesk"),
                                                          os.path.join(ROOT, ".build/debug/newsdesk")) if os.path.exists(p))


def free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start(data, port, env_extra):
    env = {**os.environ, "NEWSDESK_DATA": data, **env_extra}
    log = open(os.path.join(data, f"node-{port}.log"), "w")
    proc = subprocess.Popen([BIN, "serve", "--hostname", "127.0.0.1", "--port", str(port)], env=env, stdout=log, stderr=log)
    for _ in range(240):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2).read()
            return proc
        except Exception:
            time.sleep(0.5)
    proc.kill()
    sys.exit(f"node on {port} did not start; see {log.name}")


def cli(data, env_extra, *args):
    out = subprocess.run([BIN, *args], env={**os.environ, "NEWSDESK_DATA": data, **env_extra}, check=True, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""


def token(data, env_extra, name, role):
    email = f"{name}-{os.getpid()}-{time.time_ns() % 100000}@bench.test"
    cli(data, env_extra, "user", "create", "--email", email, "--password", "bench-password-123456", "--role", role, "--display-name", name)
    return cli(data, env_extra, "user", "token", "--email", email)


def call(port, method, path, bearer, body):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method, data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {bearer}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def live_blog(port, editor):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/articles?edition=en&limit=1", timeout=30) as r:
        section = json.load(r)["items"][0]["section"]["slug"]
    return call(port, "POST", "/api/v1/articles", editor, {
        "edition": "en", "section": section, "title": f"Bench live {time.time_ns()}", "summary": "Bench.",
        "body_markdown": "Bench.", "status": "published", "kind": "live_blog"})["id"]


async def post_async(port, path, bearer, body):
    """A POST on its own connection (no thread pool: this folder's queue.py shadows the standard module)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    data = json.dumps(body).encode()
    writer.write((f"POST {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\nContent-Type: application/json\r\n"
                  f"Authorization: Bearer {bearer}\r\nContent-Length: {len(data)}\r\n\r\n").encode() + data)
    await writer.drain()
    raw = await reader.read()
    writer.close()
    return json.loads(raw.split(b"\r\n\r\n", 1)[1])


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


async def open_stream(port, path, n, on_event=None):
    """One SSE connection; returns once the response head is in. `on_event(id, name, data, t)` for each event."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
    a, b = divmod(n, 250)
    writer.write((f"GET {path} HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n"
                  f"X-Forwarded-For: 10.{a // 250}.{a % 250}.{b + 1}\r\n\r\n").encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    if b" 200 " not in head.split(b"\r\n")[0]:
        writer.close()
        raise RuntimeError(head.split(b"\r\n")[0].decode())

    async def read():
        buf = b""
        try:
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    return
                t = time.perf_counter()
                buf += chunk
                while b"\n\n" in buf:
                    block, buf = buf.split(b"\n\n", 1)
                    fields = dict(l.split(": ", 1) for l in block.decode(errors="replace").split("\n") if ": " in l and not l.startswith(":"))
                    if on_event and "event" in fields:
                        on_event(fields.get("id"), fields["event"], fields.get("data", ""), t)
        except Exception:
            return
    task = asyncio.create_task(read())
    return writer, task


async def open_many(port, path, count, on_event=None, start_at=0):
    conns, failed, sem = [], 0, asyncio.Semaphore(200)

    async def one(i):
        nonlocal failed
        async with sem:
            try:
                conns.append(await open_stream(port, path, start_at + i, on_event))
            except Exception:
                failed += 1
    await asyncio.gather(*(one(i) for i in range(count)))
    return conns, failed


def close_all(conns):
    for w, t in conns:
        t.cancel()
        w.close()


async def phase_memory(args):
    data = tempfile.mkdtemp(prefix="bench-live-")
    port = free_port()
    node = start(data, port, {})
    try:
        editor = token(data, {}, "editor", "editor")
        blog = live_blog(port, editor)
        path = f"/api/v1/articles/{blog}/live-entries/stream"
        warm, _ = await open_many(port, path, 50)  # first streams load code and pools
        close_all(warm)
        await asyncio.sleep(2)
        before = rss_kb(node.pid)
        t = time.perf_counter()
        conns, failed = await open_many(port, path, args.streams)
        opened = time.perf_counter() - t
        await asyncio.sleep(3)
        after = rss_kb(node.pid)
        n = len(conns)
        print(f"one node, {n} open streams ({failed} refused or failed), opened in {opened:.1f} s")
        print(f"  node RSS {before / 1024:.1f} MB -> {after / 1024:.1f} MB: {((after - before) / max(n, 1)):.1f} KB per idle stream")
        close_all(conns)
    finally:
        node.terminate()
        node.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)


async def phase_latency(args):
    url = os.environ.get("NEWSDESK_DATABASE_URL")
    if not url:
        print("two nodes: skipped (set NEWSDESK_DATABASE_URL to a PostgreSQL database this run may empty)")
        return
    data = tempfile.mkdtemp(prefix="bench-live-pg-")
    env = {"NEWSDESK_DATABASE_URL": url}
    pa, pb = free_port(), free_port()
    a = start(data, pa, env)
    b = start(data, pb, env)
    try:
        editor, journalist = token(data, env, "editor", "editor"), token(data, env, "journalist", "journalist")
        blog = live_blog(pa, editor)
        path = f"/api/v1/articles/{blog}/live-entries/stream"
        received = {}  # entry id -> list of (node, receive time)

        def on(node):
            def on_event(_id, name, data_, t):
                if name == "entry":
                    received.setdefault(json.loads(data_)["id"], []).append((node, t))
            return on_event
        half = args.subscribers // 2
        ca, fa = await open_many(pa, path, half, on("A"))
        cb, fb = await open_many(pb, path, args.subscribers - half, on("B"), start_at=half)
        subs = len(ca) + len(cb)
        print(f"two nodes on PostgreSQL, {subs} subscribers ({len(ca)} on A, {len(cb)} on B; {fa + fb} failed), {args.entries} entries posted on A")
        latencies, complete, by_node, first = [], 0, {"A": [], "B": []}, []
        for i in range(args.entries):
            sent = time.perf_counter()
            entry = await post_async(pa, f"/api/v1/articles/{blog}/live-entries", journalist, {"text_markdown": f"Bench entry {i}."})
            deadline = time.perf_counter() + 10
            while len(received.get(entry["id"], [])) < subs and time.perf_counter() < deadline:
                await asyncio.sleep(0.01)
            times = received.get(entry["id"], [])
            complete += len(times) == subs
            latencies += [(t - sent) * 1000 for _, t in times]
            for node, t in times:
                by_node[node].append((t - sent) * 1000)
            if times:
                first.append((min(t for _, t in times) - sent) * 1000)
            await asyncio.sleep(args.pause)
        if latencies:
            q = statistics.quantiles(latencies, n=100)
            print(f"  deliveries {len(latencies)} of {subs * args.entries}; entries reaching every subscriber: {complete}/{args.entries}")
            print(f"  post-to-delivery latency (incl. the POST itself): p50 {q[49]:.0f} ms, p99 {q[98]:.0f} ms, max {max(latencies):.0f} ms")
            for node, values in by_node.items():
                if len(values) > 1:
                    qn = statistics.quantiles(values, n=100)
                    print(f"    at subscribers of node {node}: p50 {qn[49]:.0f} ms, p99 {qn[98]:.0f} ms")
            print(f"  first subscriber reached after p50 {statistics.median(first):.0f} ms (the rest is fan-out and this one-thread client reading {subs} sockets)")
        close_all(ca + cb)
    finally:
        for p in (a, b):
            p.terminate()
            p.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--streams", type=int, default=10000)
    ap.add_argument("--subscribers", type=int, default=5000)
    ap.add_argument("--entries", type=int, default=20)
    ap.add_argument("--pause", type=float, default=0.2, help="seconds between entries")
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    print(f"binary: {os.path.relpath(BIN, ROOT)}")
    if not args.skip_memory:
        asyncio.run(phase_memory(args))
    asyncio.run(phase_latency(args))


if __name__ == "__main__":
    main()
