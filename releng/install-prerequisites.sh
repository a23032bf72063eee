#!/usr/bin/env bash
# Installs what building, testing and running CoGov Studio need on a Debian machine, if it is missing:
# Java 17 (the build), unzip (the Maven wrapper), Xvfb + GTK 3 (workbench tests, the studio on a server), ImageMagick + xwd (screenshots),
# librsvg (the independent SVG renderer the diagram tests use), Graphviz (layout benchmark baseline),
# Noto CJK fonts (Chinese labels in diagrams), Node.js + npm (the language-server check).
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
pkg_installed() { dpkg -s "$1" >/dev/null 2>&1; }
have java || need+=(openjdk-17-jdk-headless)
have unzip || need+=(unzip) # the Maven wrapper unpacks Maven with it
have xvfb-run || need+=(xvfb xauth)
pkg_installed libgtk-3-0 || pkg_installed libgtk-3-0t64 || need+=(libgtk-3-0)
have convert && [ -x /usr/bin/convert ] || need+=(imagemagick)
have xwd || need+=(x11-apps)
have rsvg-convert || need+=(librsvg2-bin)
have dot || need+=(graphviz)
pkg_installed fonts-noto-cjk || need+=(fonts-noto-cjk)
have node || need+=(nodejs)
have npm || need+=(npm)
have twm || need+=(twm)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "CoGov Studio needs these Debian packages: ${need[*]}" >&2
  echo "install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "installing: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
