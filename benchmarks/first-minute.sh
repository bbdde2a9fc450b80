#!/bin/bash
# A newcomer's first minute, checked: `./mvnw spring-boot:run` in this checkout ends its start-up log with exactly one
# address (ours), and a Ctrl+C (SIGINT to the process group, as a terminal sends it) ends with BUILD SUCCESS.
# Usage: benchmarks/first-minute.sh [port, default 18090]. Uses the checkout's .data folder like the README command.
set -euo pipefail
port="${1:-18090}"
log="$(mktemp -t copydesk-first-minute.XXXXXX)"
set -m   # job control: the background job gets its own process group and a default SIGINT handler
# --default-signal: a SIGINT ignored by whoever started this script must not be inherited, as no terminal does that.
SERVER_PORT="$port" env --default-signal=INT ./mvnw spring-boot:run >"$log" 2>&1 &
group=$!
for _ in $(seq 1 300); do
    grep -q 'Copydesk is ready at' "$log" && break
    sleep 1
done
sleep 5   # anything logged after the banner would show up by now
addresses=$(sed -n '/Started CopydeskApplication/,$p' "$log" | grep -o 'http://[^ ]*' | sort -u)
echo "addresses logged after start-up: $(echo "$addresses" | wc -l) ($(echo $addresses))"
echo "last line: $(grep -v '^\s*$' "$log" | tail -1 | cut -c1-160)"
# The Docker image's and compose's health check, as they run it (bash's /dev/tcp, no curl needed).
if bash -c "exec 3<>/dev/tcp/127.0.0.1/$port && printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 && grep -q '\"status\":\"UP\"' <&3"; then
    echo "health check: healthy"
else
    echo "health check: UNHEALTHY"
fi
kill -INT -- "-$group"
wait "$group" && status=0 || status=$?
echo "maven exit status after Ctrl+C: $status; $(grep -o 'BUILD [A-Z]*' "$log" | tail -1)"
echo "log: $log"
