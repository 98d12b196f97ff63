#!/bin/sh
# Score built-in rules plus a directory of draft rules on one platform of the KICS positives.
# Usage: sh score-rules.sh RULE_DIR PLATFORM_PATH [redline]
#   PLATFORM_PATH: a directory under the corpus's files/kics/, e.g. terraform/aws, k8s, dockerCompose
# Prints recall on that platform and the missed labels per KICS query (file:line), to read, not copy.
set -e
DIR=$(realpath "$1"); P=$2; R=${3:-/tmp/redline-iac}
B=/work/shared/bench/vulns; C=/work/corpora/kics
T=$(mktemp -d)
printf 'rule-dirs = ["%s"]\n' "$DIR" > $T/redline.toml
nice -n 10 $R check -j 1 --no-ignore --config $T/redline.toml --format sarif -o $T/out.sarif $C/files/kics/$P || true
python3 $B/normalize.py sarif $T/out.sarif > $T/out.json
python3 "$(dirname "$0")"/subset.py $C "$T/out.json" "kics/$P"
