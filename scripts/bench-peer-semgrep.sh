#!/usr/bin/env bash
# Semgrep side-by-side for the CLI throughput benchmark (scripts/bench-cli.sh --peer runs it).
#
# Usage: scripts/bench-peer-semgrep.sh [CORPUS_DIR]      (default: target/corpus)
#
#   SEMGREP_VERSION  pinned Semgrep from PyPI         (default: 1.185.0)
#   SEMGREP_VENV     venv it is installed into        (default: target/semgrep-venv)
#   THREADS          --jobs values                    (default: "1 2")
#   RUNS             timed runs per --jobs value      (default: 3; the median is reported)
#   RESULTS_DIR      results and reports              (default: target/bench-cli)
#   REDLINE_TSV      redline.tsv from bench-cli.sh    (default: RESULTS_DIR/redline.tsv) for ratios
#
# Semgrep runs offline with the local rule file scripts/peer/semgrep-rules.yml (20 rules for
# Python, JavaScript/TypeScript and Go), --metrics=off and --disable-version-check. It is made
# to see the same tree redline sees with --no-ignore:
#   --no-git-ignore                  the default corpus lives in target/, which git ignores
#                                    (without it Semgrep scans 0 files)
#   --x-ignore-semgrepignore-files   without a .semgrepignore Semgrep applies its default one,
#                                    which drops tests/, test/, node_modules/, *.min.js, ...
# Semgrep's own defaults stay: files over --max-target-bytes (1 MB) are skipped, and a rule
# that runs over --timeout (5 s) on a file is abandoned there. Both are counted in the report.
# Like bench-cli.sh, each timed run first waits for idle CPUs (QUIET_BUSY, QUIET_TIMEOUT), and
# CPU seconds (user+sys of semgrep and its semgrep-core child) are reported beside wall time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="${1:-$ROOT/target/corpus}"
SEMGREP_VERSION="${SEMGREP_VERSION:-1.185.0}"
SEMGREP_VENV="${SEMGREP_VENV:-$ROOT/target/semgrep-venv}"
THREADS="${THREADS:-1 2}"
RUNS="${RUNS:-3}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/target/bench-cli}"
REDLINE_TSV="${REDLINE_TSV:-$RESULTS_DIR/redline.tsv}"
RULES="$ROOT/scripts/peer/semgrep-rules.yml"

[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS: run scripts/build-corpus.sh first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$RESULTS_DIR"

SG="$SEMGREP_VENV/bin/semgrep"
if ! [ -x "$SG" ] || [ "$("$SG" --version 2>/dev/null)" != "$SEMGREP_VERSION" ]; then
    echo "installing semgrep==$SEMGREP_VERSION into $SEMGREP_VENV ..." >&2
    python3 -m venv "$SEMGREP_VENV"
    "$SEMGREP_VENV/bin/pip" install --quiet --disable-pip-version-check "semgrep==$SEMGREP_VERSION" >&2
fi
export SEMGREP_SEND_METRICS=off SEMGREP_ENABLE_VERSION_CHECK=0

read -r TREE_FILES TREE_BYTES < <(find "$CORPUS" -type f -printf '%s\n' | awk '{n++; s += $1} END {print n + 0, s + 0}')
# shellcheck source=scripts/lib-bench.sh
. "$(dirname "$0")/lib-bench.sh"
TIMED_STDERR="$RESULTS_DIR/semgrep-stderr.txt"

echo "== semgrep $SEMGREP_VERSION ($(grep -c '^  - id:' "$RULES") local rules) on $CORPUS: $TREE_FILES files, $(mb "$TREE_BYTES") MB" >&2
REPORT="$RESULTS_DIR/semgrep.md"
TSV="$RESULTS_DIR/semgrep.tsv"
printf 'jobs\tmedian_s\tmax_rss_kib\truns_s\tmedian_cpu_s\n' >"$TSV"
{
    echo "| jobs | median wall (s) | runs: wall s (CPU busy % before) | tree MB/s | scanned MB/s | files scanned | files/s | CPU s (user+sys) | peak RSS (MiB) | speed ratio redline/semgrep (wall) | (CPU s) |"
    echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$REPORT"

for j in $THREADS; do
    times="" rss="" cpus="" runs=""
    for r in $(seq 1 "$RUNS"); do
        busy="$(wait_quiet)"
        read -r s k u sy rc < <(timed "$SG" scan --config "$RULES" --metrics=off --disable-version-check \
            --no-git-ignore --x-ignore-semgrepignore-files \
            --jobs "$j" --json -o "$RESULTS_DIR/semgrep-j$j.json" "$CORPUS")
        # Semgrep exits 0 with or without findings (no --error); anything else is a failure.
        if [ "$rc" != 0 ]; then
            echo "error: semgrep --jobs $j exited $rc" >&2
            tail -20 "$RESULTS_DIR/semgrep-stderr.txt" >&2
            exit 1
        fi
        cpu="$(awk -v u="$u" -v s="$sy" 'BEGIN {printf "%.2f", u + s}')"
        echo "  --jobs $j run $r: ${s}s wall, ${cpu}s CPU, peak RSS $((k / 1024)) MiB (CPU ${busy}% busy before)" >&2
        times="$times $s" rss="$rss $k" cpus="$cpus $cpu" runs="$runs, $s ($busy%)"
    done
    med="$(echo "$times" | median)"
    medcpu="$(echo "$cpus" | median)"
    peak="$(echo "$rss" | max)"
    printf '%s\t%s\t%s\t%s\t%s\n' "$j" "$med" "$peak" "$(echo $times | tr ' ' ',')" "$medcpu" >>"$TSV"
    read -r SCANNED SCANNED_BYTES < <(python3 - "$RESULTS_DIR/semgrep-j$j.json" <<'EOF'
import json, os, sys
d = json.load(open(sys.argv[1]))
paths = d["paths"]["scanned"]
print(len(paths), sum(os.path.getsize(p) for p in paths))
EOF
)
    rl="$(awk -F'\t' -v j="$j" 'NR > 1 && $1 == j {print $2}' "$REDLINE_TSV" 2>/dev/null || true)"
    rlcpu="$(awk -F'\t' -v j="$j" 'NR > 1 && $1 == j {print $8}' "$REDLINE_TSV" 2>/dev/null || true)"
    awk -v j="$j" -v t="$med" -v runs="${runs#, }" -v tb="$TREE_BYTES" -v sb="$SCANNED_BYTES" \
        -v n="$SCANNED" -v k="$peak" -v rl="$rl" -v c="$medcpu" -v rlc="$rlcpu" 'BEGIN {
            ratio = (rl != "") ? sprintf("%.1fx", t / rl) : "n/a"
            cratio = (rlc != "") ? sprintf("%.1fx", c / rlc) : "n/a"
            printf "| %d | %.2f | %s | %.2f | %.2f | %d | %.0f | %.1f | %.0f | %s | %s |\n", j, t, runs, tb / 1e6 / t, sb / 1e6 / t, n, n / t, c, k / 1024, ratio, cratio
        }' >>"$REPORT"
done

# What Semgrep left out, from the last run's JSON and the tree.
python3 - "$RESULTS_DIR/semgrep-j${THREADS##* }.json" "$CORPUS" "$RULES" >>"$REPORT" <<'EOF'
import collections, json, os, sys
d = json.load(open(sys.argv[1]))
corpus = sys.argv[2]
exts = (".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".go")
scanned = {os.path.normpath(p) for p in d["paths"]["scanned"]}
lang = []
for dirpath, _, files in os.walk(corpus):
    for f in files:
        if f.endswith(exts):
            lang.append(os.path.normpath(os.path.join(dirpath, f)))
missing = [p for p in lang if p not in scanned]
big = [p for p in missing if os.path.getsize(p) > 1_000_000]
errs = collections.Counter(e.get("type") if isinstance(e.get("type"), str) else str(e.get("type")) for e in d["errors"])
timeouts = sorted({e.get("path", "?") for e in d["errors"] if e.get("type") == "Timeout"})
print()
print(f"Semgrep scanned {len(scanned)} files; of the {len(lang)} .py/.js/.ts/.go-family files in the tree it left out "
      f"{len(missing)} ({sum(os.path.getsize(p) for p in missing) / 1e6:.1f} MB), {len(big)} of them over the 1 MB "
      f"--max-target-bytes limit: {', '.join(os.path.relpath(p, corpus) for p in big[:8])}.")
print(f"Semgrep errors: {dict(errs)}; rule timeouts (5 s) in: {', '.join(os.path.relpath(p, corpus) for p in timeouts[:10])}.")
print(f"Findings: {len(d['results'])}.")
EOF

cat "$REPORT"
echo "(results: $TSV, $REPORT)" >&2
