#!/usr/bin/env bash
# Query throughput and latency under wrk, endpoint by endpoint and then all at once with a concurrent
# ingest stream. Starts the packaged geo-service and events-service on a temporary data directory,
# stores LGL articles (real news, ../shared/dev-data/geo/LGL) so there are events to find, then runs wrk
# for SECONDS each against
#   1. GET /api/geocode (geo-service; geocode.lua's names),
#   2. GET /api/events with a random date window and box (events.lua),
#   3. GET /collections/events/items with bbox and datetime (events.lua, OGC=1),
#   4. all three at once, while articles are posted (CLIENTS at most, as fast as they are answered).
# Every answer outside 2xx counts as an error (report.lua's response hook), as does a failed post.
# Prints one line per run, the load average and the CPU seconds each service used in each run.
#
#   ./mvnw -pl geo-service,events-service package -DskipTests && benchmarks/load/mixed.sh [seconds] [connections]
#
# Needs wrk (Debian package) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN=${1:-60}
CONNECTIONS=${2:-4}
CLIENTS=${CLIENTS:-2}
SEED_ARTICLES=${SEED_ARTICLES:-300}
CORPUS=${CORPUS:-../shared/dev-data/geo/LGL/lgl.jsonl}
GEO=18582
EVENTS=18581
LOAD=benchmarks/load
[[ -f "$CORPUS" ]] || { echo "No corpus at $CORPUS (set CORPUS=...)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# utime + stime of a process, in seconds (clock ticks of /proc/<pid>/stat fields 14 and 15).
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }
# wrk script = the endpoint's request generator followed by the error-counting report.
script() { cat "$LOAD/$1" "$LOAD/report.lua" >"$WORK/$1"; echo "$WORK/$1"; }
bench() { # label port script [env...]
  local label=$1 port=$2 file=$3; shift 3
  env LABEL="$label" "$@" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" -s "$file" "http://localhost:$port" | tail -1
}
run() { # label command...: one run, with the load and the services' CPU time around it
  local label=$1; shift
  local geo0 ev0; geo0=$(cpu "$GEO_PID"); ev0=$(cpu "$EVENTS_PID")
  echo "== $label (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "$@"
  echo "   CPU used: geo-service $(awk -v a="$geo0" -v b="$(cpu "$GEO_PID")" 'BEGIN{printf "%.1f", b-a}') s," \
    "events-service $(awk -v a="$ev0" -v b="$(cpu "$EVENTS_PID")" 'BEGIN{printf "%.1f", b-a}') s"
}

source "$LOAD/services.sh"
start_geo $GEO
start_events $EVENTS $GEO

echo "== storing $SEED_ARTICLES articles (also the warm-up of the ingest path)"
python3 - "$CORPUS" "$SEED_ARTICLES" "$EVENTS" <<'PY'
import json, sys, urllib.request, concurrent.futures
corpus, n, port = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")][:n]
def post(text):
    body = json.dumps({"text": text, "publishedAt": "2011-06-01"}).encode()
    req = urllib.request.Request(f"http://localhost:{port}/api/articles", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=300) as r:
        return r.status
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    statuses = list(pool.map(post, texts))
print(f"   {len(statuses)} articles stored, statuses {sorted(set(statuses))}")
PY
matched() { curl -s "localhost:$EVENTS/collections/events/items?limit=1$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["numberMatched"])'; }
echo "   events stored: $(matched ''), dated 2005-2012 (the query windows): $(matched '&datetime=2005-01-01/2012-12-31')"

GEOCODE=$(script geocode.lua)
QUERIES=$(script events.lua)
# LGL's events fall around its publication dates; the windows are drawn from those years.
YEARS=(FROM_YEAR=2005 TO_YEAR=2012)
echo "== warm-up (JIT of the query paths; not reported)"
SECONDS_RUN=10 bench warm-up $GEO "$GEOCODE" >/dev/null
SECONDS_RUN=10 bench warm-up $EVENTS "$QUERIES" "${YEARS[@]}" >/dev/null
SECONDS_RUN=10 bench warm-up $EVENTS "$QUERIES" "${YEARS[@]}" OGC=1 >/dev/null

run "GET /api/geocode, ${SECONDS_RUN} s" bench geocode $GEO "$GEOCODE"
run "GET /api/events, ${SECONDS_RUN} s" bench events $EVENTS "$QUERIES" "${YEARS[@]}"
run "GET /collections/events/items, ${SECONDS_RUN} s" bench ogc-items $EVENTS "$QUERIES" "${YEARS[@]}" OGC=1

combined() {
  local pids=()
  python3 "$LOAD/streams.py" ingest "http://localhost:$EVENTS" "$CORPUS" 0 "$CLIENTS" "$SECONDS_RUN" "$SEED_ARTICLES" \
    >"$WORK/ingest.txt" & pids+=($!)
  bench geocode $GEO "$GEOCODE" >"$WORK/geocode.txt" & pids+=($!)
  bench events $EVENTS "$QUERIES" "${YEARS[@]}" >"$WORK/events.txt" & pids+=($!)
  bench ogc-items $EVENTS "$QUERIES" "${YEARS[@]}" OGC=1 >"$WORK/ogc.txt" & pids+=($!)
  wait "${pids[@]}"
  cat "$WORK/geocode.txt" "$WORK/events.txt" "$WORK/ogc.txt" "$WORK/ingest.txt"
}
run "all three at once with an ingest stream, ${SECONDS_RUN} s" combined
logged_failures "$WORK/geo.log" "$WORK/events.log"
