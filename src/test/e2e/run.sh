#!/usr/bin/env bash
# Browser end-to-end test: starts the packaged application on a fresh H2 data directory (demo
# profile), runs tasklist.mjs in headless Chromium, stops the application. Screenshots and logs
# go to target/browser-e2e/.   Needs: chromium (apt-get install -y chromium), node + npm,
# and the built classes (mvn -B -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
OUT="$ROOT/target/browser-e2e"
rm -rf "$OUT" && mkdir -p "$OUT/data"
# the built classes and their dependencies (mvn -B -DskipTests package first)
[ -f "$ROOT/target/cp.txt" ] || mvn -B -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.outputFile="$ROOT/target/cp.txt"
CP="$ROOT/target/classes:$(cat "$ROOT/target/cp.txt")"
PORT=${E2E_PORT:-18080}
(cd "$OUT/data" && exec java -Xmx512m -cp "$CP" ru.nastavnik.NastavnikApplication --server.port="$PORT" >"$OUT/app.log" 2>&1) &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
UP=
for i in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then UP=1; break; fi
  kill -0 $APP 2>/dev/null || { echo "application exited, see $OUT/app.log"; exit 1; }
  sleep 1
done
[ -n "$UP" ] || { echo "application did not start in 10 minutes, see $OUT/app.log"; exit 1; }
echo "application up after $i s"
cd "$ROOT/src/test/e2e"
[ -d node_modules/playwright-core ] || npm install --no-audit --no-fund --silent
BASE_URL="http://127.0.0.1:$PORT" OUT="$OUT" node tasklist.mjs
