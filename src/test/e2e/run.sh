#!/usr/bin/env bash
# Browser end-to-end test: starts the application (demo profile) on a fresh H2 data directory under
# target/browser-e2e/ and a free port, runs tasklist.mjs in Debian's headless Chromium driven by
# playwright-core, stops the application. Screenshots, the downloaded DOCX and the logs go to
# target/browser-e2e/.
#   Needs: chromium (apt-get install -y chromium), node >= 20 + npm, and the compiled classes
#   (mvn -q -o -DskipTests test-compile, or any mvn build that compiled them).
#   Exit code 0: passed; 1: failed; 2: skipped (no chromium or no node).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
OUT="$ROOT/target/browser-e2e"
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$CHROMIUM" ] || ! command -v node >/dev/null; then
  echo "browser e2e skipped: needs chromium and node (apt-get install -y chromium nodejs npm)"
  exit 2
fi
rm -rf "$OUT" && mkdir -p "$OUT/data"
[ -d "$ROOT/target/classes/ru" ] || mvn -B -q -o -f "$ROOT/pom.xml" -DskipTests compile
if [ ! -s "$ROOT/target/cp.txt" ] || [ "$ROOT/pom.xml" -nt "$ROOT/target/cp.txt" ]; then
  mvn -B -q -o -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$ROOT/target/cp.txt" || mvn -B -q -f "$ROOT/pom.xml" dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$ROOT/target/cp.txt"
fi
CP="$ROOT/target/classes:$(cat "$ROOT/target/cp.txt")"
PORT=${E2E_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)}
(cd "$OUT/data" && exec java -Xmx768m -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -cp "$CP" \
  ru.nastavnik.NastavnikApplication --spring.profiles.active=demo --server.port="$PORT" \
  --nastavnik.demo.password=Nastavnik#2025 --nastavnik.demo.start-program=false >"$OUT/app.log" 2>&1) &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
T0=$(date +%s)
UP=
for i in $(seq 1 600); do
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null; then UP=1; break; fi
  kill -0 $APP 2>/dev/null || { echo "application exited, see $OUT/app.log"; exit 1; }
  sleep 1
done
[ -n "$UP" ] || { echo "application did not start in 10 minutes, see $OUT/app.log"; exit 1; }
echo "application up on port $PORT after $(( $(date +%s) - T0 )) s"
cd "$ROOT/src/test/e2e"
[ -d node_modules/playwright-core ] || npm install --no-audit --no-fund --silent
T1=$(date +%s)
BASE_URL="http://127.0.0.1:$PORT" OUT="$OUT" CHROMIUM="$CHROMIUM" node tasklist.mjs
echo "browser steps took $(( $(date +%s) - T1 )) s"
