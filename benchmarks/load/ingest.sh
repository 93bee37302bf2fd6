#!/usr/bin/env bash
# End-to-end ingest over HTTP: starts the packaged geo-service and events-service on a temporary data
# directory and posts real news articles (LGL, from ../shared when present) with a few concurrent
# clients; prints articles/s, events created and failures. Each article goes through the whole
# pipeline, geoparsing by the geo-service included. Also prints each service's CPU seconds per article
# in the timed window (JIT and GC included), which says more than wall time on a shared machine, and
# how much of the events-service's went to the JIT compiler and the garbage collector.
# Before the timed window, 200 other articles (the end of the corpus, never timed; INGEST_WARMUP=n to
# change) warm the services up, as a long-running service is: after only 20, the JIT compiler still took
# ~40 % of the events-service's CPU in the window (18-27 ms per article at load 10-12).
# INGEST_PROFILE=1 records the events-service with Java Flight Recorder over the timed window and prints
# where its samples fall (benchmarks/load/jfr-shares.py); INGEST_JFR_COPY=file keeps the recording.
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

# Free ports, so that a run beside another one (or beside services on 8081/8082) never talks to the wrong service.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])'; }
GEO_PORT=$(free_port)
EVENTS_PORT=$(free_port)
# Recorded from the start: starting a recording later deoptimises compiled code and skews the window.
JFR_OPTS=()
[[ -n "${INGEST_PROFILE:-}" ]] && JFR_OPTS=(-XX:StartFlightRecording=name=ingest,settings=profile)
wait_ready() {  # port, pid
  until curl -sf "localhost:$1/q/health/ready" >/dev/null; do
    kill -0 "$2" 2>/dev/null || { echo "The service for port $1 exited; see its log" >&2; exit 1; }
    sleep 0.5
  done
}
CHRONOMAP_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=$GEO_PORT \
  java -Xmx768m -jar geo-service/target/quarkus-app/quarkus-run.jar >"$WORK/geo.log" 2>&1 &
GEO_PID=$!
wait_ready "$GEO_PORT" "$GEO_PID"
CHRONOMAP_DATA_DIR="$WORK/data" CHRONOMAP_INGEST_SEEDS=false QUARKUS_HTTP_PORT=$EVENTS_PORT \
  CHRONOMAP_GEO_URL=http://localhost:$GEO_PORT \
  java -Xmx768m "${JFR_OPTS[@]}" -jar events-service/target/quarkus-app/quarkus-run.jar >"$WORK/events.log" 2>&1 &
EVENTS_PID=$!
wait_ready "$EVENTS_PORT" "$EVENTS_PID"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

INGEST_WARMUP=${INGEST_WARMUP:-200} INGEST_WINDOW_FILE="$WORK/window-start" python3 - "$CORPUS" "$ARTICLES" "$CLIENTS" "$GEO_PID" "$EVENTS_PID" "$EVENTS_PORT" <<'PY'
import json, os, sys, time, urllib.request, concurrent.futures
corpus, n, clients = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
pids = {"geo-service": sys.argv[4], "events-service": sys.argv[5]}
def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
def cpu_by_kind(pid):
    """CPU seconds of the JVM's threads alive now, as JIT compiler, garbage collector and the rest."""
    kinds = {"JIT": 0.0, "GC": 0.0, "other": 0.0}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            name = open(f"/proc/{pid}/task/{task}/comm").read()
            seconds = cpu_seconds(f"{pid}/task/{task}")
        except FileNotFoundError:
            continue  # the thread ended meanwhile
        kind = "JIT" if "CompilerThre" in name else "GC" if name.startswith(("GC ", "G1 ", "VM Thread")) else "other"
        kinds[kind] += seconds
    return kinds
texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
def post(text):
    body = json.dumps({"text": text, "publishedAt": "2011-06-01"}).encode()
    req = urllib.request.Request(f"http://localhost:{sys.argv[6]}/api/articles", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.status, len(json.load(r)["events"])
# Warm-up on articles that are not timed (JIT, OpenNLP models, Lucene caches).
warmup = int(os.environ["INGEST_WARMUP"])
assert n + warmup <= len(texts), "the warm-up articles must not be among the timed ones"
with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    list(pool.map(post, texts[len(texts) - warmup:]))
with open(os.environ["INGEST_WINDOW_FILE"], "w") as f:  # for the profile: its samples from here on only
    f.write(time.strftime("%H:%M:%S"))
cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
kinds_before = cpu_by_kind(pids["events-service"])
start = time.time(); statuses = {}; events = 0
with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    for status, count in pool.map(post, texts[:n]):
        statuses[status] = statuses.get(status, 0) + 1; events += count
elapsed = time.time() - start
print(f"{n} articles in {elapsed:.1f} s with {clients} clients after {warmup} warm-up articles: {n / elapsed:.1f} articles/s; "
      f"statuses {statuses}; {events} events returned")
print("CPU per article in the timed window: " + ", ".join(
    f"{name} {(cpu_seconds(pid) - cpu_before[name]) * 1000 / n:.1f} ms" for name, pid in pids.items()))
kinds_after = cpu_by_kind(pids["events-service"])
print("  events-service threads: " + ", ".join(
    f"{kind} {(kinds_after[kind] - kinds_before[kind]) * 1000 / n:.1f} ms" for kind in kinds_after))
PY
if [[ -n "${INGEST_PROFILE:-}" ]]; then
  jcmd "$EVENTS_PID" JFR.dump name=ingest filename="$WORK/events.jfr" >/dev/null
  python3 benchmarks/load/jfr-shares.py "$WORK/events.jfr" "$(cat "$WORK/window-start")"
  [[ -n "${INGEST_JFR_COPY:-}" ]] && cp "$WORK/events.jfr" "$INGEST_JFR_COPY"
fi
grep -c "places kept pending" "$WORK/events.log" | sed 's/^/articles whose places were left pending: /' || true
