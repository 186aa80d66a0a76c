#!/usr/bin/env bash
# Event-stream fan-out benchmark: $SUBSCRIBERS WebSocket subscribers on one center of a fresh backend (demo
# profile, fresh embedded database); each of $ROUNDS rounds issues a ticket, calls it (POST .../next), and notes
# when its ticket.called frame reaches every subscriber, relative to the call's HTTP response. Then the same
# client against BareBroadcastServer, a plain Vert.x WebSocket broadcast (the ceiling), in the same run.
# Prints a Markdown table (backend, ceiling, ratio) on stdout; progress goes to stderr; writes no file that
# outlives the run (its temporary folder is removed unless KEEP=1).
#
#   BACKEND_DIR=/tmp/motcua-backend-events bench/fanout/run.sh
#
# Environment (defaults in brackets):
#   BACKEND_DIR        a backend quarkus-app folder [built from this repo: ./mvnw -pl backend -am package]
#   SUBSCRIBERS [2000] ROUNDS [100] WARMUP [50] CLIENTS [2] (client event loops) PAUSE_MS [200] (between rounds)
#   PORT [18590] BARE_PORT [18592] BARE_EVENT_LOOPS [2]
#   BACKEND_JAVA_OPTS [-Xmx512m] BARE_JAVA_OPTS [-Xmx512m] CLIENT_JAVA_OPTS [-Xmx1g]
#   KEEP [0]  1 keeps the temporary folder (server logs, result properties) and prints where it is
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
module="$root/bench/fanout"
SUBSCRIBERS="${SUBSCRIBERS:-2000}" ROUNDS="${ROUNDS:-100}" WARMUP="${WARMUP:-50}" CLIENTS="${CLIENTS:-2}"
PAUSE_MS="${PAUSE_MS:-200}" PORT="${PORT:-18590}" BARE_PORT="${BARE_PORT:-18592}"
BARE_EVENT_LOOPS="${BARE_EVENT_LOOPS:-2}" KEEP="${KEEP:-0}"
BACKEND_JAVA_OPTS="${BACKEND_JAVA_OPTS:--Xmx512m}" BARE_JAVA_OPTS="${BARE_JAVA_OPTS:--Xmx512m}"
CLIENT_JAVA_OPTS="${CLIENT_JAVA_OPTS:--Xmx1g}"
work="$(mktemp -d /tmp/motcua-fanout-XXXXXX)"
log() { echo "[$(date +%H:%M:%S)] load $(cut -d' ' -f1-3 /proc/loadavg) | $*" >&2; }

# ---- the servers this script started, stopped on any exit ----
server_pid=""
stop_server() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
cleanup() {
    stop_server
    if [[ $KEEP == 1 ]]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# ---- every subscriber is one socket in the client and one in the server ----
want=65535 hard="$(ulimit -Hn)"
if [[ $hard != unlimited && $hard -lt $want ]]; then want=$hard; fi
ulimit -n "$want"
if (( $(ulimit -n) < SUBSCRIBERS + 1000 )); then
    echo "ulimit -n is $(ulimit -n): too low for $SUBSCRIBERS subscribers" >&2
    exit 1
fi

# ---- build ----
(cd "$root" && ./mvnw -B -q -f bench/fanout/pom.xml package -DskipTests) >&2
cp="$module/target/classes:$module/target/lib/*"
if [[ -z ${BACKEND_DIR:-} ]]; then
    log "building the backend (set BACKEND_DIR to skip)"
    (cd "$root" && ./mvnw -B -q -pl backend -am package -DskipTests) >&2
    BACKEND_DIR="$work/backend-app"
    cp -r "$root/backend/target/quarkus-app" "$BACKEND_DIR"
fi

start_server() { # name ready-url command... -> sets server_pid, waits until ready-url answers 200
    local name=$1 ready=$2
    shift 2
    mkdir -p "$work/$name"
    (cd "$work/$name" && exec "$@") >"$work/$name.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 180); do
        if curl -sf -o /dev/null "$ready"; then
            log "$name ready (pid $server_pid)"
            return
        fi
        if ! kill -0 "$server_pid" 2>/dev/null; then
            echo "$name exited; its log:" >&2 && tail -40 "$work/$name.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "$name not ready after 180 s" >&2 && exit 1
}

bench() { # name target http-url server-opts
    # shellcheck disable=SC2086
    java $CLIENT_JAVA_OPTS -cp "$cp" vn.motcua.queue.fanout.FanoutBenchmark --name="$1" --target="$2" --http="$3" \
        --server-pid="$server_pid" --server-opts="$4" --subscribers="$SUBSCRIBERS" --rounds="$ROUNDS" \
        --warmup="$WARMUP" --clients="$CLIENTS" --pause-ms="$PAUSE_MS" --out="$work/$1.properties" >&2
}

# ---- the backend, fresh database ----
log "backend from $BACKEND_DIR on port $PORT, $SUBSCRIBERS subscribers, $ROUNDS rounds"
# one kiosk token issues a ticket per round and 2,000 sockets connect from one address: limits lifted
# shellcheck disable=SC2086
start_server backend "http://127.0.0.1:$PORT/q/health/ready" java $BACKEND_JAVA_OPTS -Dquarkus.profile=demo \
    -Dmotcua.rate-limit.device.per-second=0 -Dmotcua.rate-limit.public.per-second=0 \
    -Dquarkus.http.port="$PORT" -jar "$BACKEND_DIR/quarkus-run.jar"
bench backend backend "http://127.0.0.1:$PORT" "$BACKEND_JAVA_OPTS"
stop_server

# ---- the ceiling: bare Vert.x broadcast ----
log "bare Vert.x broadcast server on port $BARE_PORT"
# shellcheck disable=SC2086
start_server bare "http://127.0.0.1:$BARE_PORT/ready" java $BARE_JAVA_OPTS -cp "$cp" \
    vn.motcua.queue.fanout.BareBroadcastServer --port="$BARE_PORT" --event-loops="$BARE_EVENT_LOOPS"
bench bare-vertx bare "http://127.0.0.1:$BARE_PORT" "$BARE_JAVA_OPTS, $BARE_EVENT_LOOPS event loops"
stop_server

echo "$SUBSCRIBERS subscribers, $WARMUP warm-up + $ROUNDS measured rounds, $CLIENTS client event loops, $(nproc) cores"
echo
java -cp "$cp" vn.motcua.queue.fanout.FanoutTable "$work/backend.properties" "$work/bare-vertx.properties"
