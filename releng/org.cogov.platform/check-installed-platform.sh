#!/usr/bin/env bash
# Starts a plain Eclipse platform into which the p2 director installed CoGov from the update site, and checks what
# a user would see: CoGov's bundles resolve and start, the CoGov perspective opens, and nothing is logged as an error.
#   check-installed-platform.sh <platform home> <output folder>
# Needs a display (the build runs under xvfb-run); asks the running platform through its OSGi console.
set -euo pipefail
HOME_DIR=$1
OUT=$2
rm -rf "$OUT" && mkdir -p "$OUT"
LAUNCHER=$(ls "$HOME_DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
WORKSPACE=$OUT/workspace
LOG=$OUT/platform.log

fail() { echo "[install check] FAILED: $*" >&2; tail -40 "$LOG" >&2 || true; exit 1; }

grep -q '^org.cogov.ui,' "$HOME_DIR/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the director did not install org.cogov.ui into $HOME_DIR"

# the OSGi console reads commands from a pipe and answers on standard output, next to the log
CONSOLE=$OUT/console
mkfifo "$CONSOLE"
java -Djava.awt.headless=true -jar "$LAUNCHER" -data "$WORKSPACE" -perspective org.cogov.ui.perspective \
  -console -consoleLog < "$CONSOLE" > "$LOG" 2>&1 &
PID=$!
exec 4>"$CONSOLE"
trap 'kill $PID 2>/dev/null || true' EXIT

states() { tr -d '\r' < "$LOG" | grep -E '^[0-9]+[[:space:]]+[A-Z<>]+[[:space:]]+org\.cogov\.' | sort -u || true; }
for _ in $(seq 1 60); do
  kill -0 $PID 2>/dev/null || fail "the platform stopped while starting"
  printf 'ss org.cogov\n' >&4
  sleep 3
  if states | grep 'org.cogov.ui_' | grep -q 'ACTIVE'; then
    break
  fi
done
states > "$OUT/bundle-states.txt"
for bundle in org.cogov.model org.cogov.analysis org.cogov.dsl org.cogov.dsl.ide org.cogov.diagram org.cogov.report org.cogov.ui; do
  line=$(grep "[[:space:]]${bundle}_" "$OUT/bundle-states.txt" | tail -1 || true)
  [ -n "$line" ] || fail "$bundle is not installed"
  echo "$line" | grep -Eq 'ACTIVE|STARTING|RESOLVED|LAZY' || fail "$bundle did not resolve: $line"
done
grep 'org.cogov.ui_' "$OUT/bundle-states.txt" | grep -q ACTIVE || fail "org.cogov.ui did not start (the CoGov perspective did not open)"

sleep 5 # let the perspective's views finish creating before judging the log
if command -v xwd >/dev/null && [ -x /usr/bin/convert ]; then
  xwd -root -silent | /usr/bin/convert xwd:- "$OUT/installed-platform.png" 2>/dev/null || true
fi
ERRORS=$WORKSPACE/.metadata/.log
# error entries (severity 4) that name CoGov anywhere in their message or stack
if [ -f "$ERRORS" ] && awk '/^!ENTRY/ { error = ($3 == 4) } error && /org\.cogov/ { found = 1 } END { exit !found }' "$ERRORS"; then
  cp "$ERRORS" "$OUT/workspace.log"
  fail "errors about CoGov in the platform's log: $OUT/workspace.log"
fi
printf 'close\n' >&4 || true
for _ in $(seq 1 20); do kill -0 $PID 2>/dev/null || break; sleep 1; done
echo "[install check] CoGov installed from the update site by the p2 director into a plain platform;" \
  "$(grep -c 'org.cogov' "$OUT/bundle-states.txt") CoGov bundles resolved, org.cogov.ui active, no CoGov errors logged."
