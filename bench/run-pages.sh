#!/usr/bin/env bash
# Reader-page load benchmark: requests/s and latency percentiles for the article page, the front page and
# All news, at two data sizes (default 10,000 and 100,000 articles), on SQLite (or PostgreSQL when
# NEWSDESK_DATABASE_URL is set). Figures only, never pass/fail. Loopback only; every wrk run is bounded in time.
#
#   bash bench/run-pages.sh                 # 10k and 100k articles, 15 s per page, release build
#   SIZES="2000 20000" DURATION=5 bash bench/run-pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000"}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-8097}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
# A release build in its own folder, so it never waits for (or disturbs) the debug build in .build.
if [ -z "${NEWSDESK_BIN:-}" ]; then
  swift build -c release --product newsdesk --scratch-path .build-release 2>&1 | tail -n 1
fi
BIN=${NEWSDESK_BIN:-.build-release/release/newsdesk}
OUT=$(mktemp -d)
trap 'kill ${SERVER:-0} 2>/dev/null || true; rm -rf "$OUT"' EXIT

printf '\n%-10s %-12s %10s %9s %9s %9s %9s\n' articles page req/s p50_ms p90_ms p99_ms uncached_ms
for size in $SIZES; do
  DATA="$OUT/data-$size"
  export NEWSDESK_DATA="$DATA"
  "$BIN" seed --articles "$size" > "$OUT/seed-$size.log" 2>&1
  "$BIN" serve --hostname 127.0.0.1 --port "$PORT" > "$OUT/serve-$size.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.5; done
  # An article from the middle of the archive, so the page is not one the seed happened to warm.
  article=$(curl -sf "http://127.0.0.1:$PORT/api/v1/articles?limit=50" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][-1]["url"])')
  for page in article front all_news; do
    case $page in
      article) url="$article" ;;
      front) url="http://127.0.0.1:$PORT/" ;;
      all_news) url="http://127.0.0.1:$PORT/news" ;;
    esac
    # Uncached cost: a cache-busting query string makes every request render from the database.
    uncached=$(python3 - "$url" <<'PY'
import sys, time, urllib.request
url = sys.argv[1]
samples = []
for i in range(40):
    t = time.perf_counter()
    urllib.request.urlopen(f"{url}{'&' if '?' in url else '?'}bench={i}").read()
    samples.append((time.perf_counter() - t) * 1000)
samples.sort()
print(f"{samples[len(samples) // 2]:.2f}")
PY
)
    wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency --timeout 30s "$url" > "$OUT/wrk.txt"
    python3 - "$size" "$page" "$uncached" "$OUT/wrk.txt" <<'PY'
import re, sys
size, page, uncached, path = sys.argv[1:]
text = open(path).read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
def pct(p):
    m = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", text)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
print(f"{size:<10} {page:<12} {float(rps):>10.0f} {pct(50):>9.2f} {pct(90):>9.2f} {pct(99):>9.2f} {uncached:>9}")
PY
  done
  kill $SERVER; wait $SERVER 2>/dev/null || true
done
echo
echo "req/s and p50/p90/p99 are served pages (anonymous readers hit the page cache); uncached_ms is the median"
echo "time to render from the database. Compare ratios between sizes, not absolute figures: wrk shares the 2 cores."
