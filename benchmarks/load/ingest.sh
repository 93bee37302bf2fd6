#!/usr/bin/env bash
# End-to-end ingest over HTTP: starts the packaged geo-service and events-service on a temporary data
# directory and posts real news articles (LGL, from ../shared when present) with a few concurrent
# clients; prints articles/s, events created and failures. Each article goes through the whole
# pipeline, geoparsing by the geo-service included.
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
wait_ready 18482
CHRONOMAP_DATA_DIR="$WORK/data" CHRONOMAP_INGEST_SEEDS=false QUARKUS_HTTP_PORT=18481 \
  CHRONOMAP_GEO_URL=http://localhost:18482 \
  java -Xmx768m -jar events-service/target/quarkus-app/quarkus-run.jar >"$WORK/events.log" 2>&1 &
wait_ready 18481
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$CORPUS" "$ARTICLES" "$CLIENTS" <<'PY'
import json, sys, time, urllib.request, concurrent.futures
corpus, n, clients = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
def post(text):
    body = json.dumps({"text": text, "publishedAt": "2011-06-01"}).encode()
    req = urllib.request.Request("http://localhost:18481/api/articles", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.status, len(json.load(r)["events"])
# Warm-up on articles that are not timed (JIT, OpenNLP models, Lucene caches).
for t in texts[-20:]:
    post(t)
start = time.time(); statuses = {}; events = 0
with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    for status, count in pool.map(post, texts[:n]):
        statuses[status] = statuses.get(status, 0) + 1; events += count
elapsed = time.time() - start
print(f"{n} articles in {elapsed:.1f} s with {clients} clients: {n / elapsed:.1f} articles/s; "
      f"statuses {statuses}; {events} events returned")
PY
grep -c "places kept pending" "$WORK/events.log" | sed 's/^/articles whose places were left pending: /' || true
