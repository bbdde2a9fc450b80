#!/usr/bin/env bash
# Measures Copydesk's start as a newcomer gets it: a fresh clone of HEAD, the README's run command
# (./mvnw spring-boot:run), timed from the command until /api/v1/articles answers; then a restart on the
# same data folder. Maven's local repository is reused (warm), as on any second project a developer runs.
# It also checks that an edit made before the restart is still there after it.
# Usage: benchmarks/startup.sh [port]   (default 8080; the app must not be running already)
set -euo pipefail
port=${1:-8080}
repo=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || kill -TERM -- -"$pid" 2>/dev/null; rm -rf "$work"' EXIT
git clone -q "$repo" "$work/copydesk"
cd "$work/copydesk"

start() {  # sets pid, and took: seconds from the command until the API answers
  local t0; t0=$(date +%s.%N)
  setsid env -u JAVA_HOME SERVER_PORT="$port" ./mvnw -q spring-boot:run >"$work/run-$1.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/api/v1/articles" | grep -qE '^(200|401)$'; do
    kill -0 "$pid" 2>/dev/null || { echo "failed to start; see $work/run-$1.log" >&2; cat "$work/run-$1.log" >&2; exit 1; }
    sleep 0.2
  done
  took=$(echo "$(date +%s.%N) - $t0" | bc)
}
stop() {
  kill -TERM -- -"$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; pid=
}

api() { curl -s -u editor:editor "$@"; }
start first; first=$took
# An edit made before the restart must be there after it.
article=$(api "http://127.0.0.1:$port/api/v1/articles" | python3 -c 'import json,sys; print(json.load(sys.stdin)["content"][0]["id"])')
read -r paragraph revision < <(api "http://127.0.0.1:$port/api/v1/articles/$article" |
  python3 -c 'import json,sys; p=json.load(sys.stdin)["paragraphs"][0]; print(p["id"], p["revision"])')
marker="edited before restart $(date +%s)"
api -X PUT -H 'Content-Type: application/json' -d "{\"text\":\"$marker\",\"baseRevision\":$revision}" \
  "http://127.0.0.1:$port/api/v1/paragraphs/$paragraph" >/dev/null
stop
start restart; second=$took
survived=$(api "http://127.0.0.1:$port/api/v1/articles/$article" | grep -c "$marker" >/dev/null && echo yes || echo NO)
stop
printf 'first start (compile, initdb, migrate, import seed):      %.1f s\n' "$first"
printf 'restart (compiled, cluster exists, seed already imported): %.1f s\n' "$second"
echo "edit survived the restart: $survived"
grep -h "Copydesk is ready" "$work"/run-*.log | sed 's/.*StartupBanner *: //'
