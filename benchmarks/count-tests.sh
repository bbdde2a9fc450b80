#!/bin/sh
# Counts the tests of the last `./mvnw verify` from its surefire reports, honestly: test methods (distinct
# class + method names) and the cases they run (every <testcase>, so each generated, parameterised case counts once).
# Usage: benchmarks/count-tests.sh [report folder, default target/surefire-reports]
set -eu
dir="${1:-target/surefire-reports}"
ls "$dir"/TEST-*.xml >/dev/null 2>&1 || { echo "No surefire reports in $dir: run ./mvnw verify first." >&2; exit 1; }
cat "$dir"/TEST-*.xml | tr '>' '\n' | grep -o '<testcase name="[^"]*" classname="[^"]*"' \
    | sed -e 's/<testcase name="\([^"]*\)" classname="\([^"]*\)"/\2#\1/' > /tmp/copydesk-testcases.$$
cases=$(wc -l < /tmp/copydesk-testcases.$$)
# A parameterised case is reported as method(Types)[n] or method[n]; the method is the part before ( or [.
methods=$(sed -e 's/[([].*//' /tmp/copydesk-testcases.$$ | sort -u | wc -l)
classes=$(cut -d'#' -f1 /tmp/copydesk-testcases.$$ | sort -u | wc -l)
rm -f /tmp/copydesk-testcases.$$
echo "test classes: $classes"
echo "test methods: $methods"
echo "test cases (each generated case counted): $cases"
