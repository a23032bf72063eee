#!/usr/bin/env bash
# Starts the materialized CoGov Studio product (built by `./mvnw verify`) without a native launcher.
#   releng/run-studio.sh [--screenshot FILE [SECONDS]] [-- extra Eclipse arguments, e.g. -nl zh]
# Without a DISPLAY it starts a private Xvfb (headless servers, CI). The workspace is run/workspace.
# Screenshots need x11-apps (xwd) and imagemagick.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PRODUCT=$ROOT/releng/org.cogov.product/target/products/org.cogov.studio/linux/gtk/x86_64/cogov-studio
SHOT=""; WAIT=40
if [ "${1:-}" = "--screenshot" ]; then SHOT=$2; WAIT=${3:-40}; shift $(( $# >= 3 ? 3 : 2 )); fi
[ "${1:-}" = "--" ] && shift
if [ ! -d "$PRODUCT" ]; then
  echo "The product is not built yet; building it (./mvnw verify -DskipTests) ..." >&2
  (cd "$ROOT" && ./mvnw -B -q verify -DskipTests)
fi
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
mkdir -p "$ROOT/run"
XVFB_PID=""
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:97
  Xvfb $DISPLAY -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & XVFB_PID=$!
  sleep 2
  command -v twm >/dev/null && { twm >/dev/null 2>&1 & }
fi
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true; }
trap cleanup EXIT
cd "$PRODUCT"
if [ -z "$SHOT" ]; then
  java -jar "$LAUNCHER" -consoleLog -data "$ROOT/run/workspace" "$@"
else
  java -jar "$LAUNCHER" -consoleLog -data "$ROOT/run/workspace" "$@" > "$ROOT/run/studio.log" 2>&1 &
  PID=$!
  sleep "$WAIT"
  # xwd + ImageMagick's convert: `import -window root` can hang while the workbench holds the X server
  timeout 60 xwd -root -silent | /usr/bin/convert xwd:- "$SHOT" || echo "screenshot failed" >&2
  kill $PID 2>/dev/null; wait $PID 2>/dev/null || true
  echo "screenshot: $SHOT (log: run/studio.log)"
fi
