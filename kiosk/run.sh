#!/bin/sh
# Starts the kiosk agent from the layout `./mvnw -B -DskipTests package` builds
# (kiosk/target/kiosk-*.jar + kiosk/target/lib/). Relative paths in the config (the simulated
# printer's folder) are relative to the directory you start it from.
#   kiosk/run.sh                          -> kiosk/kiosk-demo.properties (simulated printer and buttons)
#   kiosk/run.sh /etc/motcua/kiosk.properties
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar=$(ls "$here"/target/kiosk-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n 1 || true)
if [ -z "$jar" ]; then
  echo "kiosk jar not built: run ./mvnw -B -DskipTests package in the repository root first" >&2
  exit 1
fi
config=${1:-${KIOSK_CONFIG:-$here/kiosk-demo.properties}}
exec java ${JAVA_OPTS:-} -jar "$jar" "$config"
