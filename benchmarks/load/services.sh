# Sourced by mixed.sh and soak.sh: starts the packaged services (logs and the events store under $WORK)
# and reports what they logged as errors. The geo-service builds its Lucene index on its first start
# (minutes on a busy machine) and only reads it afterwards, so its data directory is kept between
# runs: GEO_DATA, default geo-service/target/load-data.

wait_ready() { until curl -sf "localhost:$1/q/health/ready" >/dev/null; do sleep 0.5; done; }

start_geo() { # port
  CHRONOMAP_DATA_DIR="${GEO_DATA:-geo-service/target/load-data}" QUARKUS_HTTP_PORT=$1 \
    java -Xmx768m -jar geo-service/target/quarkus-app/quarkus-run.jar >"$WORK/geo.log" 2>&1 &
  GEO_PID=$!
  wait_ready "$1"
}

start_events() { # port geo-port
  CHRONOMAP_DATA_DIR="$WORK/data" CHRONOMAP_INGEST_SEEDS=false QUARKUS_HTTP_PORT=$1 \
    CHRONOMAP_GEO_URL=http://localhost:$2 \
    java -Xmx768m -jar events-service/target/quarkus-app/quarkus-run.jar >"$WORK/events.log" 2>&1 &
  EVENTS_PID=$!
  wait_ready "$1"
}

start_frontend() { # port events-port geo-port
  CHRONOMAP_EVENTS_URL=http://localhost:$2 CHRONOMAP_GEO_URL=http://localhost:$3 QUARKUS_HTTP_PORT=$1 \
    java -Xmx256m -jar frontend/target/quarkus-app/quarkus-run.jar >"$WORK/frontend.log" 2>&1 &
  FRONT_PID=$!
  wait_ready "$1"
}

# Number of ERROR lines per service log, then the first few of them.
logged_failures() { # log...
  local log counts=()
  for log in "$@"; do counts+=("$(basename "$log" .log) $(grep -c ' ERROR ' "$log" || true)"); done
  local joined; joined=$(printf "%s, " "${counts[@]}"); echo "failures logged: ${joined%, }"
  grep -h -m3 ' ERROR ' "$@" | cut -c1-300 || true
}
