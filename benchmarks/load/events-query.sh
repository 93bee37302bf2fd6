#!/usr/bin/env bash
# Query latency of GET /api/events over a large store: generates N events (default 100,000) with
# sources and places straight into a fresh H2 database (after the service's own Flyway migration),
# starts the packaged events-service on it, and drives it with wrk: random date windows and bounding
# boxes, the filter a map client sends. Prints wrk's latency distribution.
#
#   ./mvnw -pl events-service package -DskipTests && benchmarks/load/events-query.sh [N] [seconds] [connections]
#
# Needs wrk (Debian package) and python3. Everything lives in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
SECONDS_RUN=${2:-30}
CONNECTIONS=${3:-8}
PORT=18381
JAR=events-service/target/quarkus-app/quarkus-run.jar
H2_JAR=$(ls events-service/target/quarkus-app/lib/main/com.h2database.h2-*.jar)
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; [[ -n "${KEEP:-}" ]] || rm -rf "$WORK"' EXIT
URL="jdbc:h2:file:$WORK/data/events/chronomap"

start() {
  CHRONOMAP_DATA_DIR="$WORK/data" CHRONOMAP_INGEST_SEEDS=false QUARKUS_HTTP_PORT=$PORT \
    java -Xmx768m -jar "$JAR" >"$WORK/events.log" 2>&1 &
  until curl -sf "localhost:$PORT/q/health/ready" >/dev/null; do sleep 0.5; done
}

echo "== creating the schema (Flyway, by a first start)"
start
kill %1 && wait %1 2>/dev/null || true

echo "== generating $N events"
python3 - "$N" >"$WORK/load.sql" <<'PY'
import random, sys, datetime
n = int(sys.argv[1]); r = random.Random(7)
cats = ["attack", "battle", "territorial-change", "civilian-harm", "evacuation", "emergency", "diplomacy", "other"]
print("INSERT INTO article (id, title, text, published_at, ingested_at) VALUES "
      "('%s', 'Generated', 'Generated article text.', DATE '2024-08-19', CURRENT_TIMESTAMP);" % ("a" * 32))
base = datetime.date(2014, 1, 1)
for chunk in range(0, n, 1000):
    events, sources, places = [], [], []
    for i in range(chunk, min(n, chunk + 1000)):
        start = base + datetime.timedelta(days=r.randrange(0, 4000))
        end = start + datetime.timedelta(days=r.choice([0, 0, 0, 6, 30, 90]))
        lon, lat = r.uniform(-180, 180), r.uniform(-60, 70)
        eid = "e%07d" % i
        events.append("('%s','Generated event %d','%s',DATE '%s',DATE '%s','day',FALSE,%f,%f,CURRENT_TIMESTAMP)"
                      % (eid, i, r.choice(cats), start, end, lon, lat))
        sources.append("('%s','%s',0,10,'Generated sentence %d.')" % (eid, "a" * 32, i))
        places.append("('%s','Place %d',%f,%f,'location','resolved')" % (eid, i % 5000, lon, lat))
    print("INSERT INTO event (id,title,category,date_start,date_end,precision,approximate,lon,lat,created_at) VALUES "
          + ",".join(events) + ";")
    print("INSERT INTO event_source (event_id,article_id,start_offset,end_offset,text) VALUES " + ",".join(sources) + ";")
    print("INSERT INTO event_place (event_id,name,lon,lat,role,resolution) VALUES " + ",".join(places) + ";")
PY
java -cp "$H2_JAR" org.h2.tools.RunScript -url "$URL" -user chronomap -password chronomap -script "$WORK/load.sql"

echo "== querying"
start
# Warm-up: JIT compilation of the query path takes seconds on a busy machine.
wrk -t2 -c8 -d15s -s benchmarks/load/events.lua "http://localhost:$PORT" >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s benchmarks/load/events.lua "http://localhost:$PORT"
echo "events stored: $(curl -s "localhost:$PORT/api/events?limit=1" >/dev/null && echo "$N")"
echo "RSS of the events-service: $(( $(ps -o rss= -p "$(jobs -p | tail -1)") / 1024 )) MB"
