#!/usr/bin/env bash
# Builds (if needed) and starts the demo: the backend on the embedded H2 database with the demo data
# (center HCC-DEMO), a hall display agent with simulated LED boards, a kiosk agent with a simulated printer (tickets as PNG + text in ./data/tickets/) and
# simulated buttons. Data lives in ./data/ of the folder you start it from; delete that folder for a fresh
# demo. Ctrl-C stops everything. MOTCUA_TRAFFIC=10 also starts simulated citizens and clerks at 10x speed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${MOTCUA_PORT:-8080}"

if [[ ! -f "$root/backend/target/quarkus-app/quarkus-run.jar" || ! -d "$root/kiosk/target/lib" \
      || ! -d "$root/display/target/lib" \
      || "${MOTCUA_REBUILD:-0}" == 1 ]]; then
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

# Shenandoah, where the JDK has it, keeps garbage-collection pauses (20-40 ms with the default G1 under load) out of
# the answers; see "Java options" in the README
gc=()
java -XX:+UseShenandoahGC -version >/dev/null 2>&1 && gc=(-XX:+UseShenandoahGC)
java "${gc[@]}" -Dquarkus.profile=demo -Dquarkus.http.port="$port" -jar "$root/backend/target/quarkus-app/quarkus-run.jar" &
pids+=($!)
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
done

KIOSK_BACKEND_URL="http://127.0.0.1:$port" "$root/kiosk/run.sh" "$root/kiosk/kiosk-demo.properties" \
    > kiosk.log 2>&1 &
pids+=($!)

DISPLAY_BACKEND_URL="http://127.0.0.1:$port" "$root/display/run.sh" "$root/display/display-demo.properties" \
    > display.log 2>&1 &
pids+=($!)

if [[ -n "${MOTCUA_TRAFFIC:-}" ]]; then
    "$root/bench/simulate" traffic --base-url "http://127.0.0.1:$port" --center HCC-DEMO \
        --speed "$MOTCUA_TRAFFIC" --kiosk-token demo-kiosk-1 > traffic.log 2>&1 &
    pids+=($!)
fi

cat <<INFO

MotCua Queue demo is running (center HCC-DEMO).
  Hall display       http://127.0.0.1:8091/   (TV: chromium --kiosk --autoplay-policy=no-user-gesture-required)
  Kiosk (touch UI)   http://127.0.0.1:8090/   (tickets print to ./data/tickets/)
  Kiosk buttons      curl -X POST http://127.0.0.1:8093/buttons/DD/press
  Clerk console      http://127.0.0.1:$port/clerk/   (clerk1..clerk12 / demo)
  Supervisor pages   http://127.0.0.1:$port/supervisor/   (supervisor / demo; six weeks of simulated history)
  Ticket status      http://127.0.0.1:$port/t/<ticket id>   (the QR code on each ticket)
  Staff sign-in      admin / supervisor / clerk1..clerk12, password "demo" (demo only)
  Backend API        http://127.0.0.1:$port/api/centers
  API documentation  http://127.0.0.1:$port/q/swagger-ui
  Health / metrics   http://127.0.0.1:$port/q/health  http://127.0.0.1:$port/q/metrics
Press Ctrl-C to stop.
INFO
wait
