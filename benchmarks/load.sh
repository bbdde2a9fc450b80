#!/usr/bin/env bash
# 50 concurrent REST editors for 60 s on a fresh clone of HEAD (./mvnw spring-boot:run, embedded PostgreSQL,
# durable): each editor saves its own paragraphs of one 200-paragraph article, reads the whole article and the
# paragraph's history, in a loop. Baseline in the same run: one editor alone for 15 s first.
# Prints p50/p95/p99 per operation, throughput and status counts (benchmarks/rest_client.py), and heap and Hikari
# pool use sampled every second over JMX, and RSS from /proc (benchmarks/JmxProbe.java), idle first.
# Usage: benchmarks/load.sh [port] [editors] [seconds]     (default 18081 50 60)
set -euo pipefail
port=${1:-18081}
editors=${2:-50}
seconds=${3:-60}
base="http://127.0.0.1:$port"
repo=$(git rev-parse --show-toplevel)
java="${COPYDESK_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
work=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || kill -TERM -- -"$pid" 2>/dev/null; sleep 1; rm -rf "$work"' EXIT
git clone -q "$repo" "$work/copydesk"
cd "$work/copydesk"
setsid env -u JAVA_HOME SERVER_PORT="$port" COPYDESK_DATA_DIR="$work/data/pg17" ./mvnw -q spring-boot:run \
  -Dspring-boot.run.arguments=--spring.datasource.hikari.register-mbeans=true >"$work/app.log" 2>&1 &
pid=$!
until curl -s -o /dev/null -m 2 -u editor:editor -w '%{http_code}' "$base/api/v1/articles" | grep -q '^200$'; do
  kill -0 "$pid" 2>/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }
  sleep 0.5
done
app=$(ps -eo pid=,pgid=,args= | awk -v g="$pid" '$2 == g && /CopydeskApplication/ { print $1; exit }')
COPYDESK_TOKEN=$(python3 "$repo/benchmarks/rest_client.py" token "$base"); export COPYDESK_TOKEN
article=$(python3 "$repo/benchmarks/rest_client.py" import "$base" 200)
echo "machine load before: $(uptime)"
echo "== idle: just started, nothing asked yet, 10 s"
"$java" "$repo/benchmarks/JmxProbe.java" "$app" 10
echo "== baseline: 1 editor, 15 s"
python3 "$repo/benchmarks/rest_client.py" load "$base" "$article" 1 15 || true
"$java" "$repo/benchmarks/JmxProbe.java" "$app" 5
echo "== $editors editors, $seconds s"
"$java" "$repo/benchmarks/JmxProbe.java" "$app" "$seconds" >"$work/jmx.out" 2>&1 &
probe=$!
status=0
python3 "$repo/benchmarks/rest_client.py" load "$base" "$article" "$editors" "$seconds" || status=$?
wait "$probe" || true
cat "$work/jmx.out"
echo "machine load after: $(uptime)"
# When the pool's wait ran out (each a 503), per second of the server's clock: spread out means steady overload,
# bunched means one stall (a pause, a lock, a slow statement) held every connection at once.
echo "pool timeouts per second: $(grep 'Connection is not available' "$work/app.log" \
  | awk '{ print substr($1, 12, 8) }' | sort | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')"
cp "$work/app.log" "$repo/target/load-app.log" 2>/dev/null || true
exit "$status"
