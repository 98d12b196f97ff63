#!/usr/bin/env bash
# CLI throughput benchmark: `redline check` over a real-world tree (scripts/build-corpus.sh).
#
# Usage: scripts/bench-cli.sh [--peer] [CORPUS_DIR]      (default: target/corpus)
#
#   REDLINE_BIN   binary to measure             (default: target/release/redline)
#   THREADS       thread counts, -j             (default: "1 2")
#   RUNS          timed runs per thread count   (default: 3; the median is reported)
#   RESULTS_DIR   where results and reports go  (default: target/bench-cli)
#   QUIET_BUSY    wait before each timed run until the CPUs are under this % busy (default: 10)
#   QUIET_TIMEOUT ... for at most this many seconds (default: 900; 0 = don't wait)
#   --peer        afterwards run scripts/bench-peer-semgrep.sh on the same tree (ratios included)
#
# Each run is `redline check CORPUS -j N --no-ignore --format json -o RESULTS_DIR/redline-jN.json`
# under `/usr/bin/time -f '%e %M %U %S'` (wall s, peak RSS KiB, user and sys CPU s), after one
# untimed warm-up run that fills the page cache. `redline check` exits 0 (no findings), 1 (findings: expected
# on real code) or 2 (errors such as unreadable files; the scan still ran): 0 and 1 count as
# success, 2 is reported as a warning, anything else (a crash) fails the benchmark.
#
# Bytes: redline walks every regular file (--no-ignore), so throughput is over the total size
# of all regular files under the tree ("tree MB"). Files redline skips as binary (NUL byte in
# the first 8 KiB) or too large cost next to nothing, so the report also gives throughput over
# the text it actually analysed ("text MB" = tree minus the files with a binary/too-large
# notice) and the size of the source files alone (by extension).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEER=0
if [ "${1:-}" = "--peer" ]; then
    PEER=1
    shift
fi
CORPUS="${1:-$ROOT/target/corpus}"
REDLINE_BIN="${REDLINE_BIN:-$ROOT/target/release/redline}"
THREADS="${THREADS:-1 2}"
RUNS="${RUNS:-3}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/target/bench-cli}"

[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS: run scripts/build-corpus.sh first" >&2; exit 2; }
[ -x "$REDLINE_BIN" ] || { echo "no binary at $REDLINE_BIN: cargo build --release -p redline" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$RESULTS_DIR"

SOURCE_EXT='py|pyi|js|mjs|cjs|jsx|ts|mts|cts|tsx|go'
read -r TREE_FILES TREE_BYTES < <(find "$CORPUS" -type f -printf '%s\n' | awk '{n++; s += $1} END {print n + 0, s + 0}')
read -r SRC_FILES SRC_BYTES < <(find "$CORPUS" -type f -regextype posix-extended -regex ".*\\.($SOURCE_EXT)" -printf '%s\n' |
    awk '{n++; s += $1} END {print n + 0, s + 0}')

# shellcheck source=scripts/lib-bench.sh
. "$(dirname "$0")/lib-bench.sh"
TIMED_STDERR="$RESULTS_DIR/last-stderr.txt"

check_rc() { # rc what
    case "$1" in
        0 | 1) ;;
        2) echo "warning: $2 exited 2 (errors reported; see $RESULTS_DIR/last-stderr.txt)" >&2 ;;
        *)
            echo "error: $2 exited $1" >&2
            cat "$RESULTS_DIR/last-stderr.txt" >&2
            exit 1
            ;;
    esac
}

echo "== redline CLI throughput" >&2
echo "binary:  $REDLINE_BIN ($("$REDLINE_BIN" --version 2>/dev/null || echo '?'))" >&2
echo "corpus:  $CORPUS: $TREE_FILES files, $(mb "$TREE_BYTES") MB (all regular files); source $SRC_FILES files, $(mb "$SRC_BYTES") MB" >&2

echo "warm-up run (untimed) ..." >&2
read -r _ _ _ _ rc < <(timed "$REDLINE_BIN" check "$CORPUS" -j "${THREADS##* }" --no-ignore --format json -o "$RESULTS_DIR/redline-j${THREADS##* }.json")
check_rc "$rc" "warm-up"

# Text actually analysed: the tree minus files redline reported as binary or too large.
SKIPPED_BYTES="$(python3 - "$RESULTS_DIR/redline-j${THREADS##* }.json" <<'EOF'
import json, os, sys
d = json.load(open(sys.argv[1]))
print(sum(os.path.getsize(n["path"]) for n in d["notices"] if n["kind"] in ("binary", "too-large")))
EOF
)"
TEXT_BYTES=$((TREE_BYTES - SKIPPED_BYTES))
read -r FINDINGS SECRETS_ONLY < <(python3 - "$RESULTS_DIR/redline-j${THREADS##* }.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
print(d["summary"]["findings"], sum(1 for n in d["notices"] if n["kind"] == "secrets-only"))
EOF
)

TSV="$RESULTS_DIR/redline.tsv"
printf 'threads\tmedian_s\tmax_rss_kib\truns_s\ttree_bytes\ttext_bytes\tfiles\tmedian_cpu_s\n' >"$TSV"
REPORT="$RESULTS_DIR/redline.md"
{
    echo "Corpus: $TREE_FILES files, $(mb "$TREE_BYTES") MB tree; $(mb "$TEXT_BYTES") MB text analysed" \
        "($(mb "$SKIPPED_BYTES") MB skipped as binary/too large); source files $SRC_FILES, $(mb "$SRC_BYTES") MB." \
        "Findings: $FINDINGS. Secrets-only (over max-syntax-size): $SECRETS_ONLY files." \
        "CPU busy before each run (other load, %): see the runs column."
    echo
    echo "| threads | median wall (s) | runs: wall s (CPU busy % before) | tree MB/s | text MB/s | files/s | tree MB/s per core | CPU s (user+sys) | tree MB per CPU s | peak RSS (MiB) |"
    echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
} >"$REPORT"

for j in $THREADS; do
    times="" rss="" cpus="" runs=""
    for r in $(seq 1 "$RUNS"); do
        busy="$(wait_quiet)"
        read -r s k u sy rc < <(timed "$REDLINE_BIN" check "$CORPUS" -j "$j" --no-ignore --format json -o "$RESULTS_DIR/redline-j$j.json")
        check_rc "$rc" "redline -j $j"
        cpu="$(awk -v u="$u" -v s="$sy" 'BEGIN {printf "%.2f", u + s}')"
        echo "  -j $j run $r: ${s}s wall, ${cpu}s CPU, peak RSS $((k / 1024)) MiB, exit $rc (CPU ${busy}% busy before)" >&2
        times="$times $s" rss="$rss $k" cpus="$cpus $cpu" runs="$runs, $s ($busy%)"
    done
    med="$(echo "$times" | median)"
    medcpu="$(echo "$cpus" | median)"
    peak="$(echo "$rss" | max)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$j" "$med" "$peak" "$(echo $times | tr ' ' ',')" "$TREE_BYTES" "$TEXT_BYTES" "$TREE_FILES" "$medcpu" >>"$TSV"
    awk -v j="$j" -v t="$med" -v runs="${runs#, }" -v tb="$TREE_BYTES" -v xb="$TEXT_BYTES" \
        -v f="$TREE_FILES" -v k="$peak" -v c="$medcpu" 'BEGIN {
            printf "| %d | %.2f | %s | %.2f | %.2f | %.0f | %.2f | %.1f | %.2f | %.0f |\n", j, t, runs, tb / 1e6 / t, xb / 1e6 / t, f / t, tb / 1e6 / t / j, c, tb / 1e6 / c, k / 1024
        }' >>"$REPORT"
done

cat "$REPORT"
echo "(results: $TSV, $REPORT)" >&2

if [ "$PEER" = 1 ]; then
    RESULTS_DIR="$RESULTS_DIR" REDLINE_TSV="$TSV" THREADS="$THREADS" RUNS="$RUNS" \
        "$ROOT/scripts/bench-peer-semgrep.sh" "$CORPUS"
fi
