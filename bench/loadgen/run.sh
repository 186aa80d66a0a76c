#!/usr/bin/env bash
# The backend load benchmark, on H2 and on PostgreSQL, with the raw JDBC ceiling measured in the same run.
# For each database: a fresh backend (fresh database) takes an open-loop run at $RATE tickets/s from $KIOSKS
# kiosks while $COUNTERS counters call, start and finish tickets (each citizen served for $SERVICE_MS ms); another
# fresh backend takes the same open loop with no counter (the kiosks' path alone); another takes a closed-loop
# run (kiosks as fast as answered, no counters) for its highest issue throughput; then JdbcCeiling does the
# same writes per ticket through plain JDBC from $KIOSKS threads in a fresh database. Prints a Markdown table.
#
#   bench/loadgen/run.sh
#
# Environment (defaults in brackets):
#   BACKEND_H2_DIR, BACKEND_PG_DIR  a backend quarkus-app folder built for H2 / PostgreSQL [built from this repo]
#   KIOSKS [16] COUNTERS [12] SERVICE_MS [1000] RATE [200] DURATION [60] WARMUP [60] MAX_DURATION [30] MAX_WARMUP [30]
#   JDBC_DURATION [30] JDBC_WARMUP [5] PORT [18480] DATABASES ["h2 pg"] OUT [a new folder under /tmp]
#   PGHOST [127.0.0.1] PGPORT [5432] PGUSER [postgres] PG_ADMIN_DB [postgres]
#   BACKEND_H2_JAVA_OPTS, BACKEND_PG_JAVA_OPTS [-Xmx1g -XX:+UseShenandoahGC]  the backend's JVM options per database,
#     as the README recommends: Shenandoah, a concurrent collector, so that no young-collection pause of 20-40 ms
#     (G1, the default) lands in the tail; not ZGC, which left a longer tail on PostgreSQL in the tenth run and under
#     which H2 2.4.240 failed a commit ("MVStoreException: Position 0") at full load (see the benchmark page)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
module="$root/bench/loadgen"
KIOSKS="${KIOSKS:-16}" COUNTERS="${COUNTERS:-12}" SERVICE_MS="${SERVICE_MS:-1000}" RATE="${RATE:-200}"
DURATION="${DURATION:-60}" WARMUP="${WARMUP:-60}" MAX_DURATION="${MAX_DURATION:-30}" MAX_WARMUP="${MAX_WARMUP:-30}"
JDBC_DURATION="${JDBC_DURATION:-30}" JDBC_WARMUP="${JDBC_WARMUP:-5}" PORT="${PORT:-18480}"
DATABASES="${DATABASES:-h2 pg}" PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
PG_ADMIN_DB="${PG_ADMIN_DB:-postgres}"
BACKEND_H2_JAVA_OPTS="${BACKEND_H2_JAVA_OPTS:--Xmx1g -XX:+UseShenandoahGC}" BACKEND_PG_JAVA_OPTS="${BACKEND_PG_JAVA_OPTS:--Xmx1g -XX:+UseShenandoahGC}"
OUT="${OUT:-$(mktemp -d /tmp/motcua-loadgen-XXXXXX)}"
mkdir -p "$OUT"
schema="$root/backend/src/main/resources/db/migration"
# the machine may be shared: every step is logged with the load average, into $OUT/steps.log as well
log() { echo "[$(date +%H:%M:%S)] load $(cut -d' ' -f1-3 /proc/loadavg) | $*" | tee -a "$OUT/steps.log" >&2; }
export PGOPTIONS="-c client_min_messages=warning"


# ---- build what is missing ----
(cd "$root" && ./mvnw -B -q -f bench/loadgen/pom.xml package -DskipTests) >&2
cp="$module/target/classes:$module/target/lib/*"

backend_dir() { # kind -> folder with quarkus-run.jar
    local kind=$1 given
    if [[ $kind == h2 ]]; then given="${BACKEND_H2_DIR:-}"; else given="${BACKEND_PG_DIR:-}"; fi
    if [[ -n $given ]]; then echo "$given"; return; fi
    log "building the backend for $kind (set BACKEND_${kind^^}_DIR to skip)"
    local profile=(); [[ $kind == pg ]] && profile=(-Ppostgresql)
    (cd "$root" && ./mvnw -B -q -pl backend -am package -DskipTests "${profile[@]}") >&2
    rm -rf "$OUT/backend-$kind" && cp -r "$root/backend/target/quarkus-app" "$OUT/backend-$kind"
    echo "$OUT/backend-$kind"
}

# ---- processes and databases this script made, cleaned up on any exit ----
backend_pid="" pg_dbs=()
cleanup() {
    stop_backend
    for db in "${pg_dbs[@]}"; do psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PG_ADMIN_DB" -qc "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; done
}
trap cleanup EXIT

fresh_pg_db() { # name -> creates it
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PG_ADMIN_DB" -qc "DROP DATABASE IF EXISTS $1" >/dev/null
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PG_ADMIN_DB" -qc "CREATE DATABASE $1" >/dev/null
    pg_dbs+=("$1")
}

start_backend() { # kind app-dir run-name
    local kind=$1 app=$2 name=$3 work="$OUT/$3"
    mkdir -p "$work"
    local env=() opts=$BACKEND_H2_JAVA_OPTS
    if [[ $kind == pg ]]; then
        opts=$BACKEND_PG_JAVA_OPTS
        local db="motcua_bench_${name//-/_}_$$"
        fresh_pg_db "$db"
        env=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" QUARKUS_DATASOURCE_USERNAME="$PGUSER")
    fi
    # the backend's own log (one line per ticket) goes to a file, not the terminal
    # one kiosk token stands for many virtual kiosks here, so the per-device and per-address limits are off
    (cd "$work" && exec env "${env[@]}" java $opts -Dquarkus.profile=demo -Dquarkus.http.port="$PORT" \
        -Dmotcua.rate-limit.device.per-second=0 -Dmotcua.rate-limit.public.per-second=0 \
        -jar "$app/quarkus-run.jar" >"$work/backend.log" 2>&1) &
    backend_pid=$!
    for _ in $(seq 120); do
        if curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then return; fi
        kill -0 "$backend_pid" 2>/dev/null || { tail -20 "$work/backend.log" >&2; echo "backend died" >&2; exit 1; }
        sleep 1
    done
    echo "backend not ready after 120 s, see $work/backend.log" >&2; exit 1
}

stop_backend() {
    if [[ -n $backend_pid ]]; then
        kill "$backend_pid" 2>/dev/null || true
        wait "$backend_pid" 2>/dev/null || true
        backend_pid=""
    fi
}

loadgen() { java -Xmx512m -cp "$cp" vn.motcua.queue.loadgen.LoadGenerator --base-url "http://127.0.0.1:$PORT" "$@"; }

for kind in $DATABASES; do
    app="$(backend_dir "$kind")"
    # a counter serves each citizen for SERVICE_MS (1 s: 12 counters call ~12 times a second, some 60 times a
    # real center's pace); SERVICE_MS=0 makes them call as fast as answered, which saturates two cores by itself
    log "$kind: open loop, $RATE tickets/s from $KIOSKS kiosks, $COUNTERS counters serving ${SERVICE_MS} ms each, ${WARMUP}+${DURATION} s"
    start_backend "$kind" "$app" "$kind-rate"
    loadgen --kiosks "$KIOSKS" --counters "$COUNTERS" --service-ms "$SERVICE_MS" --rate "$RATE" --duration "$DURATION" \
        --warmup "$WARMUP" --label "$kind-rate" --result "$OUT/$kind-rate.properties" >"$OUT/$kind-rate.txt"
    stop_backend
    log "$kind: open loop, $RATE tickets/s from $KIOSKS kiosks, no counter, ${WARMUP}+${DURATION} s"
    start_backend "$kind" "$app" "$kind-kiosks"
    loadgen --kiosks "$KIOSKS" --counters 0 --rate "$RATE" --duration "$DURATION" --warmup "$WARMUP" \
        --label "$kind-kiosks" --result "$OUT/$kind-kiosks.properties" >"$OUT/$kind-kiosks.txt"
    stop_backend
    log "$kind: closed loop, $KIOSKS kiosks as fast as answered, no counters, ${MAX_WARMUP}+${MAX_DURATION} s"
    start_backend "$kind" "$app" "$kind-max"
    loadgen --kiosks "$KIOSKS" --counters 0 --rate 0 --duration "$MAX_DURATION" --warmup "$MAX_WARMUP" \
        --label "$kind-max" --result "$OUT/$kind-max.properties" >"$OUT/$kind-max.txt"
    stop_backend
    log "$kind: JDBC ceiling, $KIOSKS threads, ${JDBC_WARMUP}+${JDBC_DURATION} s"
    if [[ $kind == h2 ]]; then
        mkdir -p "$OUT/h2-jdbc"
        url="jdbc:h2:file:$OUT/h2-jdbc/ceiling;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" user=sa
    else
        db="motcua_bench_jdbc_$$"
        fresh_pg_db "$db"
        url="jdbc:postgresql://$PGHOST:$PGPORT/$db" user="$PGUSER"
    fi
    java -Xmx512m -cp "$cp" vn.motcua.queue.loadgen.JdbcCeiling --jdbc-url "$url" --user "$user" --schema "$schema" \
        --threads "$KIOSKS" --duration "$JDBC_DURATION" --warmup "$JDBC_WARMUP" --label "$kind-jdbc" \
        --result "$OUT/$kind-jdbc.properties" >"$OUT/$kind-jdbc.txt"
    # the same writes with the center row locked first (the whole transaction serialised), the backend's order
    # since 1 December; the ratio is taken against the better of the two ceilings
    log "$kind: JDBC ceiling, center row first, $KIOSKS threads, ${JDBC_WARMUP}+${JDBC_DURATION} s"
    if [[ $kind == h2 ]]; then
        url="jdbc:h2:file:$OUT/h2-jdbc/ceiling-first;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
    else
        db="motcua_bench_jdbc1_$$"
        fresh_pg_db "$db"
        url="jdbc:postgresql://$PGHOST:$PGPORT/$db"
    fi
    java -Xmx512m -cp "$cp" vn.motcua.queue.loadgen.JdbcCeiling --jdbc-url "$url" --user "$user" --schema "$schema" \
        --threads "$KIOSKS" --duration "$JDBC_DURATION" --warmup "$JDBC_WARMUP" --label "$kind-jdbc-first" \
        --center-first true --result "$OUT/$kind-jdbc-first.properties" >"$OUT/$kind-jdbc-first.txt"
done
log "done"

# ---- the table ----
val() { grep -m1 "^$2=" "$OUT/$1.properties" 2>/dev/null | cut -d= -f2- || echo "-"; }
echo
echo "| database | issue p50 / p99 at $RATE/s with $COUNTERS counters (ms) | issued/s in window | issue errors | next p50 / p99 (ms) | calls/s | issue p50 / p99 at $RATE/s, no counter (ms) | max issue/s (closed loop, $KIOSKS kiosks) | JDBC ceiling/s, center last / center first ($KIOSKS threads) | ratio to the better ceiling |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for kind in $DATABASES; do
    max="$(val "$kind-max" issue.per_s)" last="$(val "$kind-jdbc" jdbc.per_s)" first="$(val "$kind-jdbc-first" jdbc.per_s)"
    jdbc="$(awk -v a="$last" -v b="$first" 'BEGIN { print (b + 0 > a + 0) ? b : a }')"
    calls="$(awk -v a="$(val "$kind-rate" next.called)" -v d="$DURATION" 'BEGIN { printf "%.1f", a / d }')"
    ratio="$(awk -v a="$max" -v b="$jdbc" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }')"
    name=$([[ $kind == h2 ]] && echo "H2 (file, WRITE_DELAY=0)" || echo "PostgreSQL 15")
    echo "| $name | $(val "$kind-rate" issue.p50_ms) / $(val "$kind-rate" issue.p99_ms) | $(val "$kind-rate" issue.created_in_window_per_s) | $(val "$kind-rate" issue.errors) $(val "$kind-rate" issue.outcomes) | $(val "$kind-rate" next.p50_ms) / $(val "$kind-rate" next.p99_ms) | $calls | $(val "$kind-kiosks" issue.p50_ms) / $(val "$kind-kiosks" issue.p99_ms) | $max | $last / $first | $ratio |"
done
echo
echo "Backend JVM options: H2 \`$BACKEND_H2_JAVA_OPTS\`, PostgreSQL \`$BACKEND_PG_JAVA_OPTS\`."
echo
echo "Raw results: $OUT; load average (1/5/15 min) at each step:"
sed 's/^/    /' "$OUT/steps.log"
