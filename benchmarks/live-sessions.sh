#!/usr/bin/env bash
# 20 browser sessions (separate headless Chromium contexts, each its own Vaadin session) on one article of a running
# Copydesk (default http://127.0.0.1:8080) while 20 saves arrive over the REST API; fails unless every session sees
# every save, and prints the time from each save's answer to its text in each session (benchmarks/live-sessions.mjs).
# Usage: benchmarks/live-sessions.sh [URL] [SESSIONS] [SAVES]. Needs Debian's chromium and npm (like workspace-open.sh).
set -eu
url=${1:-http://127.0.0.1:8080}; here=$(cd "$(dirname "$0")" && pwd)
work=${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-workspace-open; mkdir -p "$work"
[ -d "$work/node_modules/playwright-core" ] || (cd "$work" && npm init -y >/dev/null && npm install -s playwright-core@1 >/dev/null)
cp "$here/live-sessions.mjs" "$work/"
echo "load before: $(uptime)"
status=0
(cd "$work" && node live-sessions.mjs "$url" "${2:-20}" "${3:-20}") || status=$?
echo "load after: $(uptime)"
exit "$status"
