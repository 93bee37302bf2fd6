#!/usr/bin/env bash
# Soak: the three packaged services under steady traffic for MINUTES (default 10), their resident
# memory sampled every 10 s. Articles from LGL (../shared/dev-data/geo/LGL) are posted at RATE per
# second (default 3; after one pass through the corpus they come back as new, numbered copies) while
# queries run at QUERY_RATE per second (default 10) round-robin over geocoding, the events list, OGC
# items and the frontend's page and data. Prints the RSS of each service after the warm-up (at
# WARMUP_MINUTES, default 2) and at the end, the growth, and the errors of both streams; beside RSS,
# the old generation in use (jstat), to tell a leak from a JVM committing more heap.
# Target: growth <= 10 % after the warm-up, no errors.
#
#   ./mvnw -pl geo-service,events-service,frontend package -DskipTests && benchmarks/load/soak.sh [minutes]
#
# Samples are kept in $WORK/rss.tsv (printed at the end) and the logs under KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
MINUTES=${1:-10}
RATE=${RATE:-3}
QUERY_RATE=${QUERY_RATE:-10}
WARMUP_MINUTES=${WARMUP_MINUTES:-2}
CORPUS=${CORPUS:-../shared/dev-data/geo/LGL/lgl.jsonl}
FRONT=18680
EVENTS=18681
GEO=18682
[[ -f "$CORPUS" ]] || { echo "No corpus at $CORPUS (set CORPUS=...)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; [[ -n "${KEEP:-}" ]] && echo "kept $WORK" || rm -rf "$WORK"' EXIT

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# Old generation in use (G1, MB): what survived collections. RSS also grows when the JVM merely
# commits more heap, so a steady old generation separates that from a leak.
old_mb() { jstat -gc "$1" | awk 'NR == 2 { printf "%.0f", $8 / 1024 }'; }

source benchmarks/load/services.sh
start_geo $GEO
start_events $EVENTS $GEO
start_frontend $FRONT $EVENTS $GEO
echo "== soak for $MINUTES min: $RATE articles/s, $QUERY_RATE queries/s (load average $(cut -d' ' -f1-3 /proc/loadavg))"

URLS=()
for name in Kyiv Kiev Springfield London Paris Georgia Donetsk Gaza Washington Baltic%20Sea; do
  URLS+=("http://localhost:$GEO/api/geocode?q=$name&limit=5")
done
for year in 2008 2009 2010 2011; do
  URLS+=("http://localhost:$EVENTS/api/events?from=$year-01-01&to=$year-12-31&bbox=-130,20,-60,55&limit=50"
    "http://localhost:$EVENTS/collections/events/items?bbox=-130,20,-60,55&datetime=$year-01-01/$year-12-31&limit=50"
    "http://localhost:$EVENTS/api/events?from=$year-06-01&to=$year-06-30&limit=200")
done
URLS+=("http://localhost:$FRONT/" "http://localhost:$FRONT/data/events")

SECONDS_TOTAL=$(( MINUTES * 60 ))
python3 benchmarks/load/streams.py ingest "http://localhost:$EVENTS" "$CORPUS" "$RATE" 4 "$SECONDS_TOTAL" \
  >"$WORK/ingest.txt" &
INGEST=$!
python3 benchmarks/load/streams.py query "$QUERY_RATE" "$SECONDS_TOTAL" "${URLS[@]}" >"$WORK/queries.txt" &
QUERY=$!

printf 's\tgeo_MB\tevents_MB\tfrontend_MB\tgeo_old\tevents_old\tfrontend_old\tload1\n' >"$WORK/rss.tsv"
for (( t = 0; t <= SECONDS_TOTAL; t += 10 )); do
  printf '%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$(rss_mb $GEO_PID)" "$(rss_mb $EVENTS_PID)" "$(rss_mb $FRONT_PID)" \
    "$(old_mb $GEO_PID)" "$(old_mb $EVENTS_PID)" "$(old_mb $FRONT_PID)" "$(cut -d' ' -f1 /proc/loadavg)" >>"$WORK/rss.tsv"
  (( t < SECONDS_TOTAL )) && sleep 10
done
wait $INGEST $QUERY

cat "$WORK/ingest.txt" "$WORK/queries.txt"
echo "events stored: $(curl -s "localhost:$EVENTS/collections/events/items?limit=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["numberMatched"])')"
logged_failures "$WORK/geo.log" "$WORK/events.log" "$WORK/frontend.log"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$WORK/rss.tsv" "$(( WARMUP_MINUTES * 60 ))" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
head, rows = rows[0], [[float(v) for v in r] for r in rows[1:]]
warm = min(rows, key=lambda r: abs(r[0] - float(sys.argv[2])))
end = rows[-1]
print("RSS (MB) every minute, geo/events/frontend [old generation in use]: " + "; ".join(
    f"{r[0] / 60:.0f} min {r[1]:.0f}/{r[2]:.0f}/{r[3]:.0f} [{r[4]:.0f}/{r[5]:.0f}/{r[6]:.0f}]"
    for r in rows if r[0] % 60 == 0))
for i, name in [(1, "geo-service"), (2, "events-service"), (3, "frontend")]:
    growth = 100 * (end[i] - warm[i]) / warm[i]
    print(f"{name}: {warm[i]:.0f} MB at {warm[0] / 60:.0f} min, {end[i]:.0f} MB at {end[0] / 60:.0f} min, "
          f"growth {growth:+.1f} % (target <= 10 %: {'met' if growth <= 10 else 'NOT met'})")
PY
