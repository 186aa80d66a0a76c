#!/usr/bin/env bash
# Builds (if needed) and starts the demo: the backend on the embedded H2 database with the demo data
# (center HCC-DEMO) and simulated hardware where none is attached. Data lives in ./data/ of the folder
# you start it from; delete that folder for a fresh demo. Ctrl-C stops everything.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${MOTCUA_PORT:-8080}"

if [[ ! -f "$root/backend/target/quarkus-app/quarkus-run.jar" || "${MOTCUA_REBUILD:-0}" == 1 ]]; then
    (cd "$root" && ./mvnw -B -q -DskipTests package)
fi
if grep -q "db-kind=postgresql" "$root/backend/target/classes/application.properties" 2>/dev/null; then
    echo "backend/target holds a PostgreSQL build; rebuilding for the embedded database" >&2
    (cd "$root" && ./mvnw -B -q -DskipTests package)
fi

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

java -Dquarkus.profile=demo -Dquarkus.http.port="$port" -jar "$root/backend/target/quarkus-app/quarkus-run.jar" &
pids+=($!)
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
done

cat <<INFO

MotCua Queue demo is running (center HCC-DEMO).
  Backend API        http://127.0.0.1:$port/api/centers
  API documentation  http://127.0.0.1:$port/q/swagger-ui
  Health / metrics   http://127.0.0.1:$port/q/health  http://127.0.0.1:$port/q/metrics
Press Ctrl-C to stop.
INFO
wait
