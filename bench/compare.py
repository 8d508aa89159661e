#!/usr/bin/env python3
"""Side-by-side comparison (issue 11): Newsdesk against the peers the targets are stated against, on this machine, in
one run, so the ratios are taken under the same load. Figures and ratios only, never pass/fail. Loopback only; every
phase is bounded in time; every process started here is stopped by its PID and every file written lives in one
temporary folder that is deleted at the end.

    python3 bench/compare.py [--seconds 10] [--articles 20000] [--members 40000] [--sitemap-articles 100000]
                             [--sizes 100000,1000000] [--port 8310] [--isso-venv DIR] [--skip PHASES] [--postgres URL]

Phases (wrk -t1 -c32 for the load phases; wrk shares the cores with the servers, so compare ratios, not absolutes):
  1. Cached article page: Newsdesk against nginx serving the same bytes as a static file (the page is fetched once
     from Newsdesk and written into nginx's root), A-B-A-B, req/s, p50, p99 and CPU per hit; without and with
     `Accept-Encoding: gzip` (nginx `gzip on` for text/html, compressing per request at its default level).
  2. Uncached render CPU: CPU time of the newsdesk process (utime+stime from /proc/PID/stat, idle baseline
     subtracted) per first-time request, over many distinct articles requested once each, and for one article with
     30 comments requested under fresh addresses (cache-busting query), so every request renders from the database.
  3. Comment posts: accepted/s and p50/p99 at 32 clients, Newsdesk (standards engine on, durable, SQLite, API tokens
     of benchmark members) against Isso (`isso run`, its own venv) on the same machine, A-B-A-B.
  3b. With --postgres URL: the same posts against one node on PostgreSQL (that database is emptied first).
  4. Sitemap: a fresh site of --sitemap-articles (or each of --sizes): time to first byte and total of /sitemap.xml,
     the same again (cached), one monthly part, CPU of the process, and RSS before / after / peak.
WordPress is not installed here (and is not installed by this script): the issue's WordPress figures are quoted as a
reference only.

The binary: $NEWSDESK_BIN or --bin, else .build-release/release/newsdesk, else .build/debug/newsdesk (say which).
"""
import argparse, http.client, json, os, random, re, shutil, signal, subprocess, sys, tempfile, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLK = os.sysconf("SC_CLK_TCK")
WORDS = ("storm coast harbour rescue evacuation wind flood residents teams night morning boats river town council "
         "roads power bridge shelter volunteers forecast rain damage repairs insurance schools").split()
# Comment posts are two to four of these, each with words of the article filled in: comments as readers write them
# (random word runs read as spam or run-ons to the standards engine, which refused half of them, and that is not the
# load being measured). Many members posting similar sentences at once is still held as a flash mob (201, pending).
TEMPLATES = (
    "I read the part about the %s twice, it matters more than people think.",
    "The %s was the first thing I noticed here.",
    "Good to see proper reporting on the %s for once.",
    "My family lives near the %s and this matches what they told us.",
    "Not sure the %s explains all of it, but the numbers look right.",
    "The %s angle deserves a follow-up story.",
    "We argued about the %s at dinner last night.",
    "This is the clearest piece on the %s I have seen this week.",
    "Hard to believe the %s was ignored for so long.",
    "The quotes about the %s and the %s were telling.",
    "Whoever wrote the %s section did their homework.",
    "I would like to know how the %s affects smaller towns.",
    "Fair point about the %s, though the timing seems odd.",
    "Thanks for explaining the %s without the usual jargon.",
    "People forget how long the %s has been an issue.",
    "The %s figures surprised me more than the headline did.",
)


def comment_text(rng, words, n):
    """Two to four template sentences with article words, as the wrk script writes them."""
    return " ".join(t.replace("%s", "{}").format(*(rng.choice(words) for _ in range(t.count("%s"))))
                    for t in rng.sample(TEMPLATES, rng.randint(2, 4))) + f" Reader note {n}."


WORDPRESS_REF = ("WordPress (not installed here; figures quoted from issue 11, measured earlier on these machines): "
                 "article with 30 comments rendered from the database 195-200 ms CPU per request (9-10 req/s)")


def default_bin():
    for p in (os.path.join(ROOT, ".build-release/release/newsdesk"), os.path.join(ROOT, ".build/release/newsdesk"),
              os.path.join(ROOT, ".build/debug/newsdesk")):
        if os.path.exists(p):
            return p
    return None


# ---------------------------------------------------------------- processes and /proc

STARTED = []  # Popen objects this script started; stopped in `stop_all`


def start(cmd, env, log_path, cwd=None):
    log = open(log_path, "ab")
    p = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=cwd, start_new_session=True)
    STARTED.append(p)
    return p


def stop(p, sig=signal.SIGTERM):
    if p.poll() is None:
        try:
            p.send_signal(sig)
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=10)
    if p in STARTED:
        STARTED.remove(p)


def stop_all():
    for p in list(STARTED):
        try:
            stop(p)
        except Exception:
            pass


def cpu_seconds(pid):
    """utime + stime of one process, in seconds."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK


def children(pid):
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                if int(open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    return out


def tree_cpu(pid):
    """CPU seconds of a process and its direct children (nginx master + workers)."""
    return cpu_seconds(pid) + sum(cpu_seconds(c) for c in children(pid))


def mem_mb(pid, field="VmRSS"):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_http(port, path, timeout=120, proc=None):
    end = time.time() + timeout
    while time.time() < end:
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {proc.returncode}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", path)
            r = c.getresponse()
            r.read()
            c.close()
            if r.status < 500:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"nothing answered on port {port} within {timeout} s")


def get(conn, path, headers=None):
    t = time.perf_counter()
    conn.request("GET", path, headers=headers or {})
    r = conn.getresponse()
    first = time.perf_counter()
    body = r.read()
    return r, body, (first - t) * 1000, (time.perf_counter() - t) * 1000


# ---------------------------------------------------------------- wrk

WRK_LUA = r"""
-- Comment posting for wrk: arguments are the mode (newsdesk | isso) and, for newsdesk, a file of API tokens.
local words = {WORDS}
local templates = {TEMPLATES}
local tokens, n = {}, 0
counts = {}
function setup(thread) table.insert(threads, thread) end
threads = {}
function init(args)
  mode = args[1]
  if mode == "newsdesk" then for line in io.lines(args[2]) do if #line > 0 then tokens[#tokens + 1] = line end end end
  math.randomseed(os.time() + os.clock() * 1000)
end
function request()
  n = n + 1
  -- Two to four reader sentences (TEMPLATES in compare.py) with words of the article filled in.
  local s = {}
  for j = 1, math.random(2, 4) do
    local t = templates[math.random(#templates)]
    s[j] = (t:gsub("%%s", function() return words[math.random(#words)] end))
  end
  local text = table.concat(s, " ") .. " Reader note " .. n .. "."
  if mode == "newsdesk" then
    local tok = tokens[(n % #tokens) + 1]
    return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tok},
                      '{"text":"' .. text .. '"}')
  else
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"},
                      '{"text":"' .. text .. '","author":"Reader ' .. (n % 3000) .. '","title":"Storm night"}')
  end
end
held = 0
function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status == 201 and body and string.find(body, '"status":"pending"', 1, true) then held = held + 1 end
end
function done(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do all[k] = (all[k] or 0) + v end
  end
  local parts, h = {}, 0
  for _, thread in ipairs(threads) do h = h + thread:get("held") end
  io.write("HELD " .. h .. "\n")
  for k, v in pairs(all) do parts[#parts + 1] = k .. "=" .. v end
  table.sort(parts)
  io.write("STATUSES " .. table.concat(parts, " ") .. "\n")
end
"""


def wrk_lua(words):
    return WRK_LUA.replace("{WORDS}", "{" + ", ".join('"%s"' % w for w in words) + "}") \
        .replace("{TEMPLATES}", "{" + ", ".join(json.dumps(t) for t in TEMPLATES) + "}")


def to_ms(v, unit):
    v = float(v)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v * 60000 if unit == "m" else v


def wrk(url, seconds, conns=32, headers=(), script=None, script_args=(), cpu_pid=None, cpu_tree=False):
    cmd = ["wrk", "-t1", f"-c{conns}", f"-d{int(seconds)}s", "--latency", "--timeout", "10s"]
    for h in headers:
        cmd += ["-H", h]
    if script:
        cmd += ["-s", script]
    cmd.append(url)
    if script_args:
        cmd += ["--", *script_args]
    measure = (lambda: tree_cpu(cpu_pid) if cpu_tree else cpu_seconds(cpu_pid)) if cpu_pid else (lambda: 0.0)
    c0, t0 = measure(), time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60).stdout
    cpu, elapsed = measure() - c0, time.time() - t0
    m = re.search(r"(\d+) requests in ([\d.]+)(\w+)", out)
    res = {"requests": int(m.group(1)) if m else 0, "rps": 0.0, "p50": float("nan"), "p99": float("nan"),
           "non2xx": 0, "errors": 0, "statuses": {}, "cpu": cpu, "elapsed": elapsed, "raw": out}
    if m:
        res["secs"] = to_ms(m.group(2), m.group(3)) / 1000
    if (m := re.search(r"Requests/sec:\s+([\d.]+)", out)):
        res["rps"] = float(m.group(1))
    for p in (50, 99):
        if (m := re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s|m)\b", out)):
            res[f"p{p}"] = to_ms(m.group(1), m.group(2))
    if (m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)):
        res["non2xx"] = int(m.group(1))
    if (m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)):
        res["errors"] = sum(int(x) for x in m.groups())
    if (m := re.search(r"STATUSES (.*)", out)):
        res["statuses"] = {int(k): int(v) for k, v in (kv.split("=") for kv in m.group(1).split())}
    if (m := re.search(r"HELD (\d+)", out)):
        res["held"] = int(m.group(1))
    return res


# ---------------------------------------------------------------- Newsdesk site

class Site:
    def __init__(self, bin_path, folder, port, articles, members=0, database_url=None):
        self.bin, self.folder, self.port = bin_path, folder, port
        self.data = os.path.join(folder, "data")
        self.tokens_file = os.path.join(folder, "tokens.txt")
        self.env = {**os.environ, "NEWSDESK_DATA": self.data, "NEWSDESK_COMMENTS_PER_IP_MINUTE": "1000000",
                    "LOG_LEVEL": "warning"}
        self.env.pop("NEWSDESK_DATABASE_URL", None)
        if database_url:
            reset_postgres(database_url)
            self.env["NEWSDESK_DATABASE_URL"] = database_url
        cmd = [bin_path, "seed", "--articles", str(articles)]
        if members:
            cmd += ["--members", str(members), "--tokens-file", self.tokens_file]
        t = time.time()
        with open(os.path.join(folder, "seed.log"), "ab") as log:
            subprocess.run(cmd, env=self.env, stdout=log, stderr=subprocess.STDOUT, check=True, timeout=3600)
        self.seed_seconds = time.time() - t
        self.tokens = open(self.tokens_file).read().split() if members else []
        self.proc = None

    def serve(self):
        self.proc = start([self.bin, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)], self.env,
                          os.path.join(self.folder, "serve.log"))
        wait_http(self.port, "/healthz", proc=self.proc)
        return self.proc.pid

    def stop(self):
        if self.proc:
            stop(self.proc)
            self.proc = None

    def conn(self, timeout=120):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def articles(self, want, edition=None):
        """Article (id, path) pairs, newest first, through the public API (50 a page)."""
        out, cursor, c = [], None, self.conn()
        while len(out) < want:
            q = "/api/v1/articles?limit=50" + (f"&edition={edition}" if edition else "") + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else "")
            r, body, _, _ = get(c, q)
            page = json.loads(body)
            out += [(a["id"], urllib.parse.urlparse(a["url"]).path) for a in page["items"]]
            cursor = page.get("next_cursor")
            if not cursor:
                break
        c.close()
        return out[:want]

    def post_comment(self, conn, article_id, token, text):
        conn.request("POST", f"/api/v1/articles/{article_id}/comments", body=json.dumps({"text": text}),
                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
        r = conn.getresponse()
        body = r.read()
        return r.status, body


def reset_postgres(url):
    """Empties the database the URL names (its public schema): only ever pass one this run may empty."""
    u = urllib.parse.urlparse(url)
    env = {**os.environ, "PGPASSWORD": urllib.parse.unquote(u.password or "")}
    subprocess.run(["psql", "-h", u.hostname or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "newsdesk",
                    "-d", u.path.lstrip("/"), "-q", "-c", "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"],
                   env=env, check=True, capture_output=True, timeout=120)


def postgres_cpu_seconds():
    """CPU of every postgres process on the machine (the server the posts go to), for CPU per post."""
    total = 0.0
    for pid in subprocess.run(["pgrep", "-x", "postgres"], capture_output=True, text=True).stdout.split():
        total += cpu_seconds(int(pid))
    return total


def phase_comments_postgres(bin_path, folder, port, url, members, seconds):
    print(f"\n== 3b. Comment posts at 32 clients on PostgreSQL ({int(seconds)} s each, two rounds): one Newsdesk node, "
          "engine on, durable; the database is emptied first")
    pg_folder = os.path.join(folder, "pg-site")
    os.makedirs(pg_folder)
    site = Site(bin_path, pg_folder, port, 200, members, database_url=url)
    pid = site.serve()
    try:
        article_id = site.articles(2, edition="en")[1][0]
        words = vocabulary(site, article_id)
        lua = os.path.join(pg_folder, "post.lua")
        with open(lua, "w") as f:
            f.write(wrk_lua(words))
        half = len(site.tokens) // 2
        print(f"   {half} members per round (ceiling {half * 5 / seconds:.0f}/s); CPU per post: the node, then PostgreSQL")
        print(f"   {'round':>5} {'accepted/s':>10} {'p50_ms':>8} {'p99_ms':>8} {'node_ms':>8} {'pg_ms':>7}  statuses")
        rates = []
        for rnd in (0, 1):
            p = os.path.join(pg_folder, f"tokens-{rnd}.txt")
            with open(p, "w") as f:
                f.write("\n".join(site.tokens[rnd * half:(rnd + 1) * half]) + "\n")
            pg0 = postgres_cpu_seconds()
            w = wrk(f"http://127.0.0.1:{port}/api/v1/articles/{article_id}/comments", seconds, 32, script=lua,
                    script_args=["newsdesk", p], cpu_pid=pid)
            pg_cpu = postgres_cpu_seconds() - pg0
            ok = w["statuses"].get(201, 0)
            rate = ok / w.get("secs", seconds)
            rates.append(rate)
            print(f"   {rnd + 1:>5} {rate:>10.1f} {w['p50']:>8.1f} {w['p99']:>8.1f} "
                  f"{(w['cpu'] / ok * 1000 if ok else float('nan')):>8.2f} {(pg_cpu / ok * 1000 if ok else float('nan')):>7.2f}"
                  f"  {w['statuses']} errors={w['errors']} (201 held for review: {w.get('held', 0)})", flush=True)
        print(f"   mean {sum(rates) / len(rates):.0f} accepted/s   (target: at least 1,000/s on PostgreSQL)")
    finally:
        site.stop()


def vocabulary(site, article_id):
    """Words from the article's title and summary (plus the generic ones): comments on topic, so the standards engine
    publishes them instead of holding them as off topic."""
    c = site.conn()
    r, body, _, _ = get(c, f"/api/v1/articles/{article_id}")
    c.close()
    a = json.loads(body) if r.status == 200 else {}
    words = re.findall(r"[A-Za-z]{4,}", (a.get("title") or "") + " " + (a.get("summary") or ""))
    return [w.lower() for w in words] * 2 + WORDS[:8] or WORDS


def idle_cpu_rate(pid, seconds=2.0):
    c0 = cpu_seconds(pid)
    time.sleep(seconds)
    return (cpu_seconds(pid) - c0) / seconds


# ---------------------------------------------------------------- phase 2: uncached render CPU

def phase_render(site, pid, seconds, used):
    print("\n== 2. Uncached render: CPU of the newsdesk process per first-time request (idle baseline subtracted)")
    idle = idle_cpu_rate(pid)
    print(f"   idle baseline: {idle * 1000:.1f} ms CPU/s")
    listed = site.articles(1200)
    # Distinct articles, each requested once: skip the newest 50 (demo content, and the pages other phases use).
    pool = [a for a in listed[50:] if a[0] not in used]
    c = site.conn()
    n, lat, sizes, t0, c0 = 0, [], [], time.time(), cpu_seconds(pid)
    for _, path in pool:
        if time.time() - t0 > seconds:
            break
        r, body, _, ms = get(c, path)
        if r.status == 200:
            n += 1
            lat.append(ms)
            sizes.append(len(body))
    elapsed = time.time() - t0
    cpu = cpu_seconds(pid) - c0 - idle * elapsed
    lat.sort()
    if n:
        print(f"   {n} distinct articles, each requested once (rendered from the database, stored in the page cache):")
        print(f"      {cpu / n * 1000:7.2f} ms CPU/request   wall p50 {lat[n // 2]:.1f} ms   "
              f"page {sum(sizes) // n / 1024:.1f} KB avg   ({n / elapsed:.1f} req/s from one client)")

    # One article with 30 comments, rendered from the database under fresh addresses.
    article_id, path = used["thirty"]
    k, lat, t0, c0 = 0, [], time.time(), cpu_seconds(pid)
    size = 0
    while time.time() - t0 < seconds and k < 2000:
        r, body, _, ms = get(c, f"{path}?bench-render={k}")
        k += 1
        if r.status == 200:
            lat.append(ms)
            size = len(body)
    elapsed = time.time() - t0
    cpu30 = cpu_seconds(pid) - c0 - idle * elapsed
    lat.sort()
    # The same page for a reader with a session cookie: rendered for that reader, not stored (no gzip, no cache).
    k2, lat2, t0, c0 = 0, [], time.time(), cpu_seconds(pid)
    while time.time() - t0 < seconds / 2 and k2 < 1000:
        r, body, _, ms = get(c, path, {"Cookie": "newsdesk_session=bench-not-a-session"})
        k2 += 1
        if r.status == 200:
            lat2.append(ms)
    elapsed2 = time.time() - t0
    cpu30b = cpu_seconds(pid) - c0 - idle * elapsed2
    lat2.sort()
    c.close()
    result = {}
    if lat:
        result["thirty_ms"] = cpu30 / len(lat) * 1000
        print(f"   article {article_id} with {used['thirty_count']} published comments ({size / 1024:.1f} KB), {len(lat)} requests under fresh "
              f"addresses (each a miss):")
        print(f"      {result['thirty_ms']:7.2f} ms CPU/request   wall p50 {lat[len(lat) // 2]:.1f} ms   "
              f"({len(lat) / (sum(lat) / 1000):.1f} req/s from one client)")
    if lat2:
        print(f"   same article with a session cookie (rendered per reader, never stored), {len(lat2)} requests:")
        print(f"      {cpu30b / len(lat2) * 1000:7.2f} ms CPU/request   wall p50 {lat2[len(lat2) // 2]:.1f} ms")
    print(f"   reference: {WORDPRESS_REF}")
    if "thirty_ms" in result:
        print(f"   ratio: WordPress 195-200 ms / Newsdesk {result['thirty_ms']:.2f} ms = "
              f"{195 / result['thirty_ms']:.0f}-{200 / result['thirty_ms']:.0f}x   (target: under 2 ms, 100x)")
    return result


# ---------------------------------------------------------------- phase 1: cached page vs nginx

NGINX_CONF = """
worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    types {{ text/html html; }}
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    client_body_temp_path {prefix}/tmp-body;
    proxy_temp_path {prefix}/tmp-proxy;
    fastcgi_temp_path {prefix}/tmp-fastcgi;
    uwsgi_temp_path {prefix}/tmp-uwsgi;
    scgi_temp_path {prefix}/tmp-scgi;
    server {{
        listen 127.0.0.1:{plain};
        root {prefix}/www;
        gzip off;
    }}
    server {{
        listen 127.0.0.1:{gz};
        root {prefix}/www;
        gzip on;
        gzip_types text/html;
        gzip_vary on;
    }}
}}
"""


def phase_pages(site, pid, folder, port_plain, port_gz, path, seconds):
    print("\n== 1. Cached article page: Newsdesk vs nginx serving the same bytes as a static file "
          f"(wrk -t1 -c32, {int(seconds)} s each, A-B-A-B)")
    c = site.conn()
    r, body, _, _ = get(c, path)
    r2, gz_body, _, _ = get(c, path, {"Accept-Encoding": "gzip"})
    c.close()
    prefix = os.path.join(folder, "nginx")
    os.makedirs(os.path.join(prefix, "www"))
    os.chmod(folder, 0o755)  # nginx workers run as nobody and must reach the file
    os.chmod(prefix, 0o755)
    os.chmod(os.path.join(prefix, "www"), 0o755)
    page = os.path.join(prefix, "www", "article.html")
    with open(page, "wb") as f:
        f.write(body)
    os.chmod(page, 0o644)
    conf = os.path.join(prefix, "nginx.conf")
    with open(conf, "w") as f:
        f.write(NGINX_CONF.format(prefix=prefix, plain=port_plain, gz=port_gz))
    nginx = start(["nginx", "-p", prefix, "-c", conf, "-g", "daemon off;"], os.environ, os.path.join(prefix, "stdout.log"))
    try:
        wait_http(port_plain, "/article.html", 20, nginx)
        wait_http(port_gz, "/article.html", 20, nginx)
        nc = http.client.HTTPConnection("127.0.0.1", port_gz, timeout=10)
        _, nginx_gz, _, _ = get(nc, "/article.html", {"Accept-Encoding": "gzip"})
        nc.close()
        print(f"   page {path}: {len(body):,} bytes; gzip: Newsdesk {len(gz_body):,} bytes "
              f"(Content-Encoding {r2.getheader('Content-Encoding')}), nginx {len(nginx_gz):,} bytes (gzip_comp_level 1)")
        print(f"   nginx: worker_processes auto ({os.cpu_count()} workers), access_log off, sendfile on")
        nd_url = f"http://127.0.0.1:{site.port}{path}"
        results = {}
        print(f"   {'encoding':<9} {'server':<9} {'round':>5} {'req/s':>9} {'p50_ms':>8} {'p99_ms':>8} {'cpu_ms/hit':>10} {'errors':>7}")
        for enc, hdrs, nport in (("identity", [], port_plain), ("gzip", ["Accept-Encoding: gzip"], port_gz)):
            for rnd in (1, 2):
                for name, url, cpid, tree in (("newsdesk", nd_url, pid, False),
                                              ("nginx", f"http://127.0.0.1:{nport}/article.html", nginx.pid, True)):
                    w = wrk(url, seconds, 32, hdrs, cpu_pid=cpid, cpu_tree=tree)
                    results.setdefault((enc, name), []).append(w)
                    per_hit = w["cpu"] / w["requests"] * 1000 if w["requests"] else float("nan")
                    print(f"   {enc:<9} {name:<9} {rnd:>5} {w['rps']:>9.0f} {w['p50']:>8.2f} {w['p99']:>8.2f} "
                          f"{per_hit:>10.3f} {w['non2xx'] + w['errors']:>7}", flush=True)
        print("   ratios Newsdesk/nginx (mean of the two rounds):")
        for enc in ("identity", "gzip"):
            nd, ng = results[(enc, "newsdesk")], results[(enc, "nginx")]
            mean = lambda ws, k: sum(w[k] for w in ws) / len(ws)
            print(f"      {enc:<9} req/s {mean(nd, 'rps') / mean(ng, 'rps'):.2f}x   "
                  f"(Newsdesk {mean(nd, 'rps'):.0f} vs nginx {mean(ng, 'rps'):.0f}; p99 {mean(nd, 'p99'):.1f} vs "
                  f"{mean(ng, 'p99'):.1f} ms)")
        print("   targets: at least 0.5x nginx, p99 under 20 ms; with gzip at least as fast as nginx's gzip")
    finally:
        stop(nginx, signal.SIGQUIT)


# ---------------------------------------------------------------- phase 3: comment posts vs Isso

ISSO_CONF = """
[general]
dbpath = {folder}/isso-comments.db
host = http://127.0.0.1:{port}/
notify = stdout
log-file = {folder}/isso.log
[moderation]
enabled = false
[server]
listen = http://127.0.0.1:{port}
reload = off
[guard]
enabled = false
"""


def ensure_isso(venv):
    exe = os.path.join(venv, "bin", "isso")
    if not os.path.exists(exe):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True, capture_output=True, timeout=300)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "isso"], check=True, capture_output=True,
                       timeout=600)
    version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.strip()
    return exe, version


def phase_comments(site, pid, folder, isso_port, isso_venv, article_id, tokens, seconds, words):
    print(f"\n== 3. Comment posts at 32 clients, {int(seconds)} s each, A-B-A-B: Newsdesk (engine on, durable, SQLite) "
          "vs Isso")
    exe, version = ensure_isso(isso_venv)
    conf = os.path.join(folder, "isso.cfg")
    with open(conf, "w") as f:
        f.write(ISSO_CONF.format(folder=folder, port=isso_port))
    isso = start([exe, "-c", conf, "run"], os.environ, os.path.join(folder, "isso.stdout.log"))
    lua = os.path.join(folder, "post.lua")
    with open(lua, "w") as f:
        f.write(wrk_lua(words))
    try:
        wait_http(isso_port, "/info", 60, isso)
        # Members may post 5 comments a minute each: each Newsdesk round gets its own half of the members.
        half = len(tokens) // 2
        files = []
        for i in range(2):
            p = os.path.join(folder, f"tokens-{i}.txt")
            with open(p, "w") as f:
                f.write("\n".join(tokens[i * half:(i + 1) * half]) + "\n")
            files.append(p)
        print(f"   {version}: `isso run` (werkzeug threaded server, no gevent), guard and moderation off, SQLite")
        print(f"   Newsdesk: {half} members per round (5 posts a minute each: ceiling {half * 5 / seconds:.0f}/s), "
              "NEWSDESK_COMMENTS_PER_IP_MINUTE=1000000")
        print(f"   {'server':<9} {'round':>5} {'accepted/s':>10} {'p50_ms':>8} {'p99_ms':>8} {'cpu_ms/post':>11}  statuses")
        res = {}
        for rnd in (0, 1):
            for name in ("newsdesk", "isso"):
                if name == "newsdesk":
                    url, args, cpid = f"http://127.0.0.1:{site.port}/api/v1/articles/{article_id}/comments", \
                        ["newsdesk", files[rnd]], pid
                else:
                    url, args, cpid = f"http://127.0.0.1:{isso_port}/new?uri=%2Fbench%2Fstorm-night", ["isso"], isso.pid
                w = wrk(url, seconds, 32, script=lua, script_args=args, cpu_pid=cpid)
                ok = w["statuses"].get(201, 0)
                rate = ok / w.get("secs", seconds)
                res.setdefault(name, []).append(rate)
                print(f"   {name:<9} {rnd + 1:>5} {rate:>10.1f} {w['p50']:>8.1f} {w['p99']:>8.1f} "
                      f"{(w['cpu'] / ok * 1000 if ok else float('nan')):>11.2f}  {w['statuses']} errors={w['errors']}"
                      + (f" (201 held for review: {w.get('held', 0)})" if name == "newsdesk" else ""),
                      flush=True)
        nd, iso = sum(res["newsdesk"]) / 2, sum(res["isso"]) / 2
        print(f"   ratio Newsdesk/Isso accepted/s (mean of rounds): {nd / iso:.2f}x  ({nd:.0f} vs {iso:.0f})" if iso else
              "   Isso accepted nothing: no ratio")
        print("   (p50/p99 are over all responses, as wrk reports them; targets: at least 10x Isso, p99 under 50 ms)")
    finally:
        stop(isso)


# ---------------------------------------------------------------- phase 4: sitemap

def phase_sitemap(bin_path, folder, port, size, reuse=None):
    """A fresh site of `size` articles, or `reuse` (the site of phases 1-3, same size) served by a fresh process."""
    sub = None
    if reuse is not None:
        site = reuse
        site.port = port
    else:
        sub = os.path.join(folder, f"sitemap-{size}")
        os.makedirs(sub)
        site = Site(bin_path, sub, port, size)
    try:
        pid = site.serve()
        time.sleep(1)
        rss0 = mem_mb(pid)
        c = site.conn(timeout=600)
        c0 = cpu_seconds(pid)
        r, body, first, whole = get(c, "/sitemap.xml")
        cpu1 = cpu_seconds(pid) - c0
        rss1 = mem_mb(pid)
        _, body2, first2, whole2 = get(c, "/sitemap.xml")
        locs = re.findall(rb"<loc>([^<]+)</loc>", body)
        is_index = b"<sitemapindex" in body
        part = urllib.parse.urlparse(locs[len(locs) // 2].decode()).path if is_index and locs else None
        pfirst = pwhole = 0.0
        pbytes = 0
        if part:
            c0 = cpu_seconds(pid)
            pr, pbody, pfirst, pwhole = get(c, part)
            pcpu = cpu_seconds(pid) - c0
            pbytes = len(pbody)
            purls = pbody.count(b"<loc>")
        c.close()
        time.sleep(2)
        rss2, hwm = mem_mb(pid), mem_mb(pid, "VmHWM")
        # A node returns free heap pages to the system every 5 s while serving (MemoryTrim): read again after that.
        time.sleep(5)
        rss3 = mem_mb(pid)
        origin = "the site of phases 1-3, new process" if reuse is not None else "fresh site"
        print(f"   {size:>9,} articles ({origin}, seeded in {site.seed_seconds:.0f} s): RSS at start {rss0:.0f} MB")
        print(f"      /sitemap.xml   status {r.status}  {len(body):>11,} bytes  {'index of ' + str(len(locs)) + ' parts' if is_index else str(len(locs)) + ' URLs'}"
              f"   first byte {first:8.1f} ms   total {whole:8.1f} ms   CPU {cpu1 * 1000:.0f} ms")
        print(f"      again          first byte {first2:8.1f} ms   total {whole2:8.1f} ms")
        if part:
            print(f"      {part:<14} status {pr.status}  {pbytes:>11,} bytes  {purls} URLs   first byte {pfirst:8.1f} ms   "
                  f"total {pwhole:8.1f} ms   CPU {pcpu * 1000:.0f} ms")
        print(f"      RSS {rss0:.0f} -> {rss1:.0f} MB after the index -> {rss2:.0f} MB 2 s after the part "
              f"(growth {rss2 - rss0:+.0f} MB; peak VmHWM {hwm:.0f} MB) -> {rss3:.0f} MB 7 s after it "
              f"(growth {rss3 - rss0:+.0f} MB, after the heap trim)")
    finally:
        site.stop()
        if sub:
            shutil.rmtree(sub, ignore_errors=True)


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=10, help="length of each wrk run and each render measurement")
    ap.add_argument("--articles", type=int, default=20000, help="generated articles for phases 1-3")
    ap.add_argument("--members", type=int, default=40000, help="benchmark members (API tokens) for comment posts; each may post 5 a minute, so half of them (one round) cap a round at members * 5 / 2 / seconds posts a second")
    ap.add_argument("--sitemap-articles", type=int, default=100000, help="site size for the sitemap phase (0: skip)")
    ap.add_argument("--sizes", default=None, help="comma-separated sitemap sizes, e.g. 100000,1000000 (overrides)")
    ap.add_argument("--port", type=int, default=8310, help="first of six ports used (8300-8399)")
    ap.add_argument("--bin", default=os.environ.get("NEWSDESK_BIN") or default_bin())
    ap.add_argument("--isso-venv", default=None, help="an existing venv with isso (else one is made in the temp folder)")
    ap.add_argument("--skip", default="", help="phases to skip, e.g. 4 or 1,3")
    ap.add_argument("--postgres", default=None, help="phase 3b: comment posts on this PostgreSQL database, which is EMPTIED "
                    "(e.g. postgres://newsdesk:newsdesk@127.0.0.1:5432/newsdesk_bench?tlsmode=disable)")
    args = ap.parse_args()
    if not args.bin or not os.path.exists(args.bin):
        raise SystemExit("no newsdesk binary: build one or pass --bin")
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: apt-get install -y {'wrk' if tool == 'wrk' else 'nginx-light'}")
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([args.sitemap_articles] if args.sitemap_articles else [])
    port = args.port
    folder = tempfile.mkdtemp(prefix="newsdesk-compare-")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    kind = "debug" if "/debug/" in args.bin else "release" if "/release/" in args.bin else "?"
    built_mtime = os.path.getmtime(args.bin)
    built = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(built_mtime))
    nginx_v = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()
    wrk_v = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split("\n")[0].strip()
    print("Newsdesk side-by-side comparison (issue 11) -- figures and ratios, never pass/fail")
    print(f"binary   {os.path.relpath(args.bin, ROOT)} ({kind} build, built {built})")
    print(f"date     {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}")
    print(f"cores    {os.cpu_count()}   load average at start {' '.join(open('/proc/loadavg').read().split()[:3])}"
          "   (shared machine: compare ratios taken in this run, not absolute figures)")
    print(f"peers    {nginx_v}; Isso from PyPI in its own venv; {wrk_v.split(' Copyright')[0]}")
    print("WordPress is NOT installed on this machine (and this script does not install it): its figures below are "
          "the issue's, quoted as a reference, not measured in this run.")
    print(f"settings --seconds {args.seconds:g} --articles {args.articles} --members {args.members} "
          f"--sitemap sizes {','.join(map(str, sizes)) or 'none'}")
    sys.stdout.flush()
    started = time.time()
    site = None
    try:
        if not ({"1", "2", "3"} <= skip):
            site = Site(args.bin, folder, port, args.articles, args.members if "3" not in skip or "2" not in skip else 0)
            print(f"\nsite: {args.articles:,} generated articles + demo content, {len(site.tokens)} members, "
                  f"seeded in {site.seed_seconds:.0f} s (SQLite, NEWSDESK_COMMENTS_PER_IP_MINUTE=1000000)", flush=True)
            pid = site.serve()
            listed = site.articles(50, edition="en")
            # Demo articles of the English edition (newest): one gets 30 comments (phases 2 and 1), another takes the comment load (phase 3).
            thirty_id, thirty_path = listed[0]
            load_id = listed[1][0]
            tokens = list(site.tokens)
            used = {"thirty": (thirty_id, thirty_path), "thirty_count": 0, thirty_id: 1, load_id: 1}
            if tokens:
                # 30 published comments (the engine holds some for review: those are retried with other texts).
                vocab = vocabulary(site, thirty_id)
                c, ok, i, rng = site.conn(), 0, 0, random.Random(30)
                while ok < 30 and i < 90 and i < len(tokens):
                    text = comment_text(rng, vocab, i)
                    status, answer = site.post_comment(c, thirty_id, tokens[i], text)
                    i += 1
                    if status == 201 and b'"status":"published"' in answer:
                        ok += 1
                    elif ok == 0 and i == 1:
                        print(f"   first comment not published: {status} {answer[:300]!r}")
                c.close()
                used["thirty_count"] = ok
                tokens = tokens[i:]
            if "2" not in skip:
                phase_render(site, pid, args.seconds, used)
            if "1" not in skip:
                phase_pages(site, pid, folder, port + 1, port + 2, thirty_path, args.seconds)
            if "3" not in skip and tokens:
                phase_comments(site, pid, folder, port + 3, args.isso_venv or os.path.join(folder, "isso-venv"),
                               load_id, tokens, args.seconds, vocabulary(site, load_id))
            print(f"\n   newsdesk RSS after phases 1-3: {mem_mb(pid):.0f} MB (peak {mem_mb(pid, 'VmHWM'):.0f} MB)")
            site.stop()
        if args.postgres and "3" not in skip:
            phase_comments_postgres(args.bin, folder, port + 5, args.postgres, min(args.members, 20000), args.seconds)
        if "4" not in skip and sizes:
            print("\n== 4. Sitemap, a fresh process per size (a size equal to --articles reuses that site's data; "
                  "first request builds, the second may be cached)")
            for size in sizes:
                phase_sitemap(args.bin, folder, port + 4, size, reuse=site if site and size == args.articles else None)
            print("   targets at 1,000,000 articles: first byte under 100 ms, memory growth under 20 MB")
    finally:
        stop_all()
        shutil.rmtree(folder, ignore_errors=True)
        print(f"\n(run took {time.time() - started:.0f} s)")
        if os.path.getmtime(args.bin) != built_mtime:
            print("NOTE: the binary was rebuilt during this run; processes started after that ran the new build.")


if __name__ == "__main__":
    main()
