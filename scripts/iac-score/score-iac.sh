#!/bin/sh
# Score a redline binary on the KICS positives and the semgrep-rules GitHub Actions tests.
# Usage: sh score-iac.sh [path/to/redline]   (default: /work/main/target/release/redline)
set -e
R=${1:-/work/main/target/release/redline}
B=/work/shared/bench/vulns
C=/work/corpora
# KICS corpus: build once (seconds) if missing
[ -f $C/kics/labels.jsonl ] || python3 $B/build_corpus.py --out $C/kics --kics /work/.mirror/DataDog+kics/repo
nice -n 19 $R check -j 1 --no-ignore --format sarif -o $C/kics.sarif $C/kics/files || true
python3 $B/normalize.py sarif $C/kics.sarif > $C/kics.json
python3 $B/eval.py --corpus $C/kics --findings $C/kics.json --tool redline | sed -n 1,14p
python3 "$(dirname "$0")"/kbreak.py $C/kics $C/kics.json | cut -c1-220
# semgrep-rules GitHub Actions tests (labels already in /work/corpora/vulns)
nice -n 19 $R check -j 1 --no-ignore --format sarif -o $C/gha.sarif $C/vulns/files/semgrep-rules/yaml/github-actions || true
python3 $B/normalize.py sarif $C/gha.sarif > $C/gha.json
python3 $B/eval.py --corpus $C/vulns --findings $C/gha.json --lang github-actions --tool redline | sed -n 1,4p
