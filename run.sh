#!/usr/bin/env bash
# Builds Chronomap and starts its three services on the embedded defaults (H2 file database,
# bundled gazetteer, seed articles), waits until all are ready, prints the URL, and stops all
# three on Ctrl-C. Needs only Java 17: Maven comes through the wrapper.
#
#   ./run.sh              build what changed, then start
#   ./run.sh --no-build   start the jars already built
#
# State lives under $CHRONOMAP_DATA_DIR (default ./data); each service logs to $CHRONOMAP_DATA_DIR/logs.
set -euo pipefail
cd "$(dirname "$0")"

export CHRONOMAP_DATA_DIR="${CHRONOMAP_DATA_DIR:-$PWD/data}"
readonly LOGS="$CHRONOMAP_DATA_DIR/logs"
# The first start builds the gazetteer index (15 s on an idle machine, over a minute on a busy one).
readonly READY_TIMEOUT_SECONDS=300
# name:port:heap, in start order: the events-service geocodes through the geo-service. An explicit
# heap keeps each JVM's resident memory bounded (the default is a quarter of the machine's memory);
# JAVA_OPTS, if set, is added after it and can override it.
readonly SERVICES=("geo-service:8082:768m" "events-service:8081:768m" "frontend:8080:256m")

# Hibernate's and Flyway's database dialect is fixed when Quarkus builds the jar, so the database
# kind follows the JDBC URL in the environment: H2 unless QUARKUS_DATASOURCE_JDBC_URL names PostgreSQL.
db_kind=h2
[[ "${QUARKUS_DATASOURCE_JDBC_URL:-}" == jdbc:postgresql:* ]] && db_kind=postgresql

if [[ "${1:-}" != "--no-build" ]]; then
  echo "Building (./mvnw package, tests skipped; run ./mvnw verify for those; database: $db_kind)..."
  ./mvnw -B -q -DskipTests package -Dquarkus.datasource.db-kind="$db_kind"
fi

mkdir -p "$LOGS"
pids=()

stop_all() {
  trap - EXIT INT TERM
  if ((${#pids[@]})); then
    echo
    echo "Stopping Chronomap..."
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "${pids[@]}" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# Asks /q/health/ready over a bare TCP socket (bash's /dev/tcp), so no curl is needed.
is_ready() {
  local port=$1 status
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  read -r -t 5 _ status _ <&3 || status=""
  exec 3<&- 3>&-
  [[ "$status" == "200" ]]
}

# One at a time, each once the previous is ready: the events-service then geoparses the seed
# articles on their first pass instead of keeping their places pending until the geo-service answers.
echo "Starting the services (logs in $LOGS)..."
deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
for service in "${SERVICES[@]}"; do
  IFS=: read -r name port heap <<<"$service"
  jar="$name/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || { echo "Missing $jar: run ./run.sh without --no-build." >&2; exit 1; }
  java "-Xmx$heap" ${JAVA_OPTS:-} -jar "$jar" >"$LOGS/$name.log" 2>&1 &
  pids+=($!)
  until is_ready "$port"; do
    if ((SECONDS > deadline)); then
      echo "$name did not become ready on port $port; see $LOGS/$name.log" >&2
      exit 1
    fi
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "$name exited; see $LOGS/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "  $name ready on port $port"
done

echo
echo "Chronomap is running: http://localhost:8080  (Ctrl-C stops it)"
wait -n "${pids[@]}" || true
echo "A service stopped unexpectedly; see the logs in $LOGS" >&2
exit 1
