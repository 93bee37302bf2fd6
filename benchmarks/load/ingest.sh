#!/usr/bin/env bash
# End-to-end ingest over HTTP: starts the packaged geo-service and events-service on a temporary data
# directory and posts real news articles (LGL, from ../shared when present) with a few concurrent
# clients; prints articles/s, events created and failures. Each article goes through the whole
# pipeline, geoparsing by the geo-service included. Also prints each service's CPU seconds per article
# in the timed window (JIT and GC included), which says more than wall time on a shared machine.
# INGEST_PROFILE=1 records the events-service with Java Flight Recorder and prints where its samples
# fall (benchmarks/load/jfr-shares.py).
#
#   ./mvnw -pl geo-service,events-service package -DskipTests && benchmarks/load/ingest.sh [articles] [clients]
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-300}
CLIENTS=${2:-4}
CORPUS=${CORPUS:-../shared/dev-data/geo/LGL/lgl.jsonl}
[[ -f "$CORPUS" ]] || { echo "No corpus at $CORPUS (set CORPUS=...)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

wait_ready() { until curl -sf "localhost:$1/q/health/ready" >/dev/null; do sleep 0.5; done; }
CHRONOMAP_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=18482 \
  java -Xmx768m -jar geo-service/target/quarkus-app/quarkus-run.jar >"$WORK/geo.log" 2>&1 &
GEO_PID=$!
wait_ready 18482
JFR_OPTS=()
[[ -n "${INGEST_PROFILE:-}" ]] && JFR_OPTS=(-XX:StartFlightRecording=settings=profile)
CHRONOMAP_DATA_DIR="$WORK/data" CHRONOMAP_INGEST_SEEDS=false QUARKUS_HTTP_PORT=18481 \
  CHRONOMAP_GEO_URL=http://localhost:18482 \
  java -Xmx768m "${JFR_OPTS[@]}" -jar events-service/target/quarkus-app/quarkus-run.jar >"$WORK/events.log" 2>&1 &
EVENTS_PID=$!
wait_ready 18481
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$CORPUS" "$ARTICLES" "$CLIENTS" "$GEO_PID" "$EVENTS_PID" <<'PY'
import json, os, sys, time, urllib.request, concurrent.futures
corpus, n, clients = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
pids = {"geo-service": sys.argv[4], "events-service": sys.argv[5]}
def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
def post(text):
    body = json.dumps({"text": text, "publishedAt": "2011-06-01"}).encode()
    req = urllib.request.Request("http://localhost:18481/api/articles", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.status, len(json.load(r)["events"])
# Warm-up on articles that are not timed (JIT, OpenNLP models, Lucene caches).
for t in texts[-20:]:
    post(t)
cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
start = time.time(); statuses = {}; events = 0
with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    for status, count in pool.map(post, texts[:n]):
        statuses[status] = statuses.get(status, 0) + 1; events += count
elapsed = time.time() - start
print(f"{n} articles in {elapsed:.1f} s with {clients} clients: {n / elapsed:.1f} articles/s; "
      f"statuses {statuses}; {events} events returned")
print("CPU per article in the timed window: " + ", ".join(
    f"{name} {(cpu_seconds(pid) - cpu_before[name]) * 1000 / n:.1f} ms" for name, pid in pids.items()))
PY
if [[ -n "${INGEST_PROFILE:-}" ]]; then
  jcmd "$EVENTS_PID" JFR.dump filename="$WORK/events.jfr" >/dev/null
  python3 benchmarks/load/jfr-shares.py "$WORK/events.jfr"
fi
grep -c "places kept pending" "$WORK/events.log" | sed 's/^/articles whose places were left pending: /' || true
