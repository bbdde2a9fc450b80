#!/usr/bin/env bash
# Faults under load, on a fresh clone of HEAD run as the README runs it (./mvnw spring-boot:run, embedded PostgreSQL,
# durable) on a temporary data folder:
#  1. Copydesk killed: savers (benchmarks/rest_client.py) save over REST; the whole Copydesk process group (Maven,
#     the JVM) gets kill -9 mid-load; after a restart every acknowledged save (HTTP 200) must be its revision and no
#     paragraph may show text whose revision is missing. Done ROUNDS times.
#  2. PostgreSQL killed: kill -9 of the postmaster under load; the launcher restarts it; a probe records every answer
#     meanwhile (no hang, no 500, no stack trace) and the time until the API answers 200 again.
#  3. PostgreSQL kept down: every new postmaster is killed again for DOWN seconds; the probe must see only clear
#     answers (503 problem+json) and the API must answer 200 within 10 s of the database being let back up.
#  Then the acknowledged saves of 2 and 3 are checked as in 1.
#  Throughout 1, 2 and 3, on two more articles: editors save and submit while reviewers approve or send back
#  (rest_client.py review), and exports (single files and streamed ZIPs) run (rest_client.py exports). After each
#  restart and at the end: every acknowledged review step is recorded (its audit entry is written in the step's own
#  transaction), a paragraph shown approved has that approval as its last step at the revision it shows, an
#  acknowledged approval still shows unless a later step changed it, and the export audit entries (one per file, written
#  once the file is generated, so also for a file whose answer the kill cut off) number between the completed and the
#  started exports.
# Usage: benchmarks/crash.sh [port] [rounds] [down-seconds]     (default 18080 2 6)
set -euo pipefail
port=${1:-18080}
rounds=${2:-2}
down=${3:-6}
base="http://127.0.0.1:$port"
repo=$(git rev-parse --show-toplevel)
client="$repo/benchmarks/rest_client.py"
work=$(mktemp -d)
data="$work/data/pg17"
pid=
saver=
steps=
exporter=
keep=${TMPDIR:-/tmp}/copydesk-crash-app.log
trap 'for p in $saver $steps $exporter; do kill "$p" 2>/dev/null; done; [ -z "$pid" ] || kill -KILL -- -"$pid" 2>/dev/null; cp "$work/app.log" "$keep" 2>/dev/null; rm -rf "$work"' EXIT
git clone -q "$repo" "$work/copydesk"
cd "$work/copydesk"
uptime

start() {
  setsid env -u JAVA_HOME SERVER_PORT="$port" COPYDESK_DATA_DIR="$data" ./mvnw -q spring-boot:run \
    >>"$work/app.log" 2>&1 &
  pid=$!
  local t0; t0=$(date +%s.%N)
  until curl -s -o /dev/null -m 2 -u editor:editor -w '%{http_code}' "$base/api/v1/articles" | grep -q '^200$'; do
    kill -0 "$pid" 2>/dev/null || { echo "Copydesk failed to start; see below" >&2; tail -50 "$work/app.log" >&2; exit 1; }
    sleep 0.2
  done
  printf 'started in %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
}
postmaster() { head -1 "$data/postmaster.pid" 2>/dev/null || true; }
first200() {  # seconds until the API answers 200 again, measured from $1 (date +%s.%N)
  until curl -s -o /dev/null -m 2 -u editor:editor -w '%{http_code}' "$base/api/v1/articles?size=1" | grep -q '^200$'; do
    sleep 0.05
  done
  echo "$(date +%s.%N) - $1" | bc
}

echo "== 1. kill -9 of the Copydesk process group under load, $rounds rounds"
start
COPYDESK_TOKEN=$(python3 "$client" token "$base"); export COPYDESK_TOKEN
article=$(python3 "$client" import "$base" 12)
COPYDESK_REVIEWER_TOKEN=$(python3 "$client" token "$base" reviewer); export COPYDESK_REVIEWER_TOKEN
reviewed=$(python3 "$client" import "$base" 40)
exported=$(python3 "$client" import "$base" 60)
review_acks="$work/acks-review.jsonl"; export_acks="$work/acks-export.jsonl"; : >"$review_acks"; : >"$export_acks"
in_flight() {  # review steps and exports beside the savers, until the server goes away or they are stopped
  python3 "$client" review "$base" "$reviewed" 3 "$review_acks" >"$work/review.out" 2>&1 & steps=$!
  python3 "$client" exports "$base" "$exported" 2 "$export_acks" >"$work/exports.out" 2>&1 & exporter=$!
}
check_in_flight() {
  python3 "$client" check-review "$base" "$reviewed" "$review_acks" "$export_acks" "$exported" || failed=1
}
failed=0
for round in $(seq 1 "$rounds"); do
  acks="$work/acks-app-$round.jsonl"; : >"$acks"
  python3 "$client" saves "$base" "$article" 6 "$acks" >"$work/saver.out" 2>&1 & saver=$!
  in_flight
  # Kill once saves, approvals and exports are all under way (on a loaded machine that takes longer than 8 s).
  t_end=$(( $(date +%s) + 90 ))
  approvals=$(grep -c '"approve"' "$review_acks" || true); exports=$(grep -c '"kind": "export"' "$export_acks" || true)
  until [ "$(date +%s)" -ge "$t_end" ] || { [ "$(wc -l <"$acks")" -ge 20 ] \
      && [ "$(grep -c '"approve"' "$review_acks" || true)" -gt "$approvals" ] \
      && [ "$(grep -c '"kind": "export"' "$export_acks" || true)" -gt "$exports" ]; }; do sleep 0.5; done
  sleep 2
  kill -KILL -- -"$pid"; killed_at=$(date +%s.%N)
  wait "$saver" "$steps" "$exporter" || true; saver= steps= exporter=
  sleep 1
  left=$(postmaster); if [ -n "$left" ] && kill -0 "$left" 2>/dev/null; then
    sleep 2; kill -0 "$left" 2>/dev/null && echo "postgres $left outlived the killed JVM"; fi
  echo "round $round: $(wc -l <"$acks") saves acknowledged before kill -9 ($(cat "$work/saver.out"))"
  echo "  review steps: $(cat "$work/review.out"); exports: $(cat "$work/exports.out")"
  start
  python3 "$client" check "$base" "$article" "$acks" || failed=1
  check_in_flight
done

echo "== 2. kill -9 of the embedded PostgreSQL postmaster under load"
acks="$work/acks-db.jsonl"; : >"$acks"
python3 "$client" saves "$base" "$article" 6 "$acks" >"$work/saver.out" 2>&1 & saver=$!
in_flight
python3 "$client" probe "$base" 15 >"$work/probe-2.out" & probe=$!
sleep 4
old=$(postmaster); kill -KILL "$old"; killed_at=$(date +%s.%N)
echo "killed postmaster $old; API answers 200 again after $(first200 "$killed_at") s; new postmaster $(postmaster)"
wait "$probe" || true; echo "probe while it restarted: $(cat "$work/probe-2.out")"

echo "== 3. PostgreSQL kept down for $down s (every new postmaster killed), then let back up"
python3 "$client" probe "$base" $((down + 12)) >"$work/probe-3.out" & probe=$!
end=$(( $(date +%s) + down ))
while [ "$(date +%s)" -lt "$end" ]; do
  p=$(postmaster); [ -n "$p" ] && kill -KILL "$p" 2>/dev/null || true
  sleep 0.05
done
released=$(date +%s.%N)
echo "database let back up; API answers 200 again after $(first200 "$released") s"
wait "$probe" || true; echo "probe while down and after: $(cat "$work/probe-3.out")"
sleep 2
for p in $saver $steps $exporter; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
saver= steps= exporter=
echo "savers during 2 and 3: $(wc -l <"$acks") acknowledged"
python3 "$client" check "$base" "$article" "$acks" || failed=1
echo "review steps and exports during 2 and 3 (killed by the script, so no summary line): all rounds together:"
check_in_flight
restarts=$(grep -c 'Embedded PostgreSQL restarted as pid' "$work/app.log" || true)
traces=$(grep -c '^\s*at org\.copydesk' "$work/app.log" || true)
echo "launcher restarts of PostgreSQL: $restarts; stack-trace lines from org.copydesk in the app log: $traces"
echo "app log kept in $keep"
kill -TERM -- -"$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; pid=
exit "$failed"
