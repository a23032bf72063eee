#!/bin/bash
# Runs the CoGov JMH benchmarks on demand: bash releng/org.cogov.benchmarks/run-benchmarks.sh [JMH options]
# e.g. `... run-benchmarks.sh StudyLoading -f 1 -wi 2 -i 3`. Needs the command line distribution built first
# (./mvnw -B -DskipTests verify) and, for the layout comparison, Graphviz `dot` on the PATH (apt-get install graphviz).
# The ratios against each baseline are printed at the end and written to target/ratios.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dist="$root/bundles/org.cogov.cli/target"
if ! ls "$dist"/org.cogov.cli-*.jar >/dev/null 2>&1 || [ ! -d "$dist/lib" ]; then
  echo "run-benchmarks: the command line distribution is missing in $dist; build it first with: ./mvnw -B -DskipTests verify" >&2
  exit 2
fi
cd "$here"
if [ ! -d target/jmh ]; then
  "$root/mvnw" -B -q -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$here/target/jmh"
fi
cp="$(ls "$dist"/org.cogov.cli-*.jar | grep -v sources | head -1):$dist/lib/*:$here/target/jmh/*"
rm -rf target/classes && mkdir -p target/classes
javac -nowarn -encoding UTF-8 -d target/classes -cp "$cp" $(find src/main/java -name '*.java')
exec java -Xmx4g -cp "target/classes:$cp" org.cogov.benchmarks.CogovBenchmarks "$@"
