#!/usr/bin/env bash
# What durable H2 commits cost: the packaged events-service ingests the same 300 short generated
# articles (4 clients, geo-service absent so only extraction and storage run) once with the shipped
# H2 URL (WRITE_DELAY=0: each commit written to the file before the answer) and once with H2's
# default (commits written up to a second later); prints wall time and the service's CPU seconds.
#
#   ./mvnw -pl events-service package -DskipTests && benchmarks/load/h2-write-delay.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=events-service/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

cat >"$WORK/post.py" <<'PY'
import json, sys, urllib.request, concurrent.futures, datetime
port, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
places = ["Kharkiv", "Odesa", "Dnipro", "Belgorod", "Rostov", "Sumy", "Kherson"]
def post(i):
    day = datetime.date(2031, 1, 1) + datetime.timedelta(days=i)
    text = "Drones struck a fuel depot in %s on %s %d, the regional governor said. The fire burned for %d hours. (%s %d)" % (
        places[i % 7], day.strftime("%B"), day.day, 2 + i % 9, tag, i)
    req = urllib.request.Request("http://127.0.0.1:%s/api/articles" % port,
                                 json.dumps({"text": text, "publishedAt": str(day)}).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.status
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    statuses = list(pool.map(post, range(n)))
assert all(s == 201 for s in statuses), statuses
PY

run() {
  local name=$1 dir=$2 options=$3 port=$4
  CHRONOMAP_DATA_DIR="$WORK/$dir" CHRONOMAP_INGEST_SEEDS=false CHRONOMAP_GEO_URL=http://127.0.0.1:9 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK/$dir/events/chronomap;DB_CLOSE_ON_EXIT=FALSE$options" \
    QUARKUS_HTTP_PORT=$port java -Xmx512m -jar "$JAR" >"$WORK/$dir.log" 2>&1 &
  local pid=$!
  until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.5; done
  python3 "$WORK/post.py" "$port" warm 30
  local before t0 t1 after
  before=$(awk '{print $14+$15}' "/proc/$pid/stat"); t0=$(date +%s.%N)
  python3 "$WORK/post.py" "$port" "$dir" 300
  t1=$(date +%s.%N); after=$(awk '{print $14+$15}' "/proc/$pid/stat")
  printf '%-28s 300 articles: wall %.1f s, events-service CPU %.1f s, load %s\n' "$name" \
    "$(echo "$t1 - $t0" | bc)" "$(echo "($after - $before) / $(getconf CLK_TCK)" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
run "WRITE_DELAY=0 (shipped)" immediate ";WRITE_DELAY=0" 18491
run "H2 default (delayed)" delayed "" 18492
