#!/bin/sh
# Starts the display agent from the layout `./mvnw -B -DskipTests package` builds
# (display/target/display-*.jar + display/target/lib/) and prints the hall page's address.
#   display/run.sh                            -> display/display-demo.properties (simulated LED boards)
#   display/run.sh /etc/motcua/display.properties
# Environment variables DISPLAY_<KEY> override the file (see display/README.md).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar=$(ls "$here"/target/display-*.jar 2>/dev/null | grep -v -e sources -e javadoc -e tests | head -n 1 || true)
if [ -z "$jar" ]; then
  echo "display jar not built: run ./mvnw -B -DskipTests package in the repository root first" >&2
  exit 1
fi
config=${1:-${DISPLAY_CONFIG:-$here/display-demo.properties}}
exec java ${JAVA_OPTS:-} -jar "$jar" "$config"
