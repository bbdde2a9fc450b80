#!/usr/bin/env bash
# JMH: suggestion throughput on a ~4 MB text (engine vs one regex per phrase) and LanguageTool per paragraph.
# Usage: benchmarks/suggestions-jmh.sh [extra JMH options] | --cpu (the same workloads in CPU time per core); defaults: 1 fork, 2 warm-up and 3 measured iterations.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath >/dev/null
. .mvn/find-jdk.sh >/dev/null 2>&1 || true
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="target/test-classes:target/classes:$(cat target/jmh.classpath)"
if [ "${1-}" = "--cpu" ]; then
  exec "$JAVA" -Xmx1g -cp "$CP" org.copydesk.benchmarks.SuggestionCpuThroughput
fi
exec "$JAVA" -cp "$CP" org.openjdk.jmh.Main \
  SuggestionThroughputBenchmark -f 1 -wi 2 -i 3 -w 3s -r 5s -jvmArgs "-Xmx1g" "$@"
