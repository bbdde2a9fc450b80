#!/usr/bin/env bash
# Workspace open times for 10, 1,000 and 5,000 paragraphs on a running Copydesk (default http://127.0.0.1:8080),
# in headless Chromium. Needs Debian's chromium and npm (installs playwright-core once into ~/.cache).
set -eu
url=${1:-http://127.0.0.1:8080}; here=$(cd "$(dirname "$0")" && pwd)
work=${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-workspace-open; mkdir -p "$work"
[ -d "$work/node_modules/playwright-core" ] || (cd "$work" && npm init -y >/dev/null && npm install -s playwright-core@1 >/dev/null)
cp "$here/workspace-open.mjs" "$work/"
cases=()
for size in 10 1000 5000; do
  tag=$(date +%s%N)
  python3 - "$size" "$work/a-$size.txt" "$tag" <<'PY'
import sys
n, path, tag = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(path, "w") as f:
    f.write(f"Workspace open {n} {tag}\n\nJane Reporter\n\n")
    for i in range(n):
        f.write(f"Paragraph {i} marker{tag}x{i} of a long spun article that has actually been informed to the nation.\n\n")
PY
  id=$(curl -s -u editor:editor -H 'Content-Type: text/plain' --data-binary @"$work/a-$size.txt" "$url/api/v1/articles" \
       | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
  cases+=("$id:marker${tag}x0")
done
uptime
cd "$work" && node workspace-open.mjs "$url" "${cases[@]}"
uptime
