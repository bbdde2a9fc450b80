#!/usr/bin/env bash
# Scores a folder of NN-spun.txt / NN-original.txt pairs: token edit distance to the original before and after
# applying only the confident suggestions. Usage:
#   benchmarks/yardstick.sh benchmarks/dev-pairs                       # the engine, general knowledge only
#   benchmarks/yardstick.sh FOLDER --url http://127.0.0.1:8080 --user editor:editor [--teach TEACH --admin admin:admin]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/yardstick.classpath >/dev/null
. .mvn/find-jdk.sh >/dev/null 2>&1 || true
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -cp "target/test-classes:target/classes:$(cat target/yardstick.classpath)" org.copydesk.benchmarks.Yardstick "$@"
