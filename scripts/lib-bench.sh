# Shared by the CLI throughput benchmark scripts (bench-cli.sh, bench-peer-semgrep.sh): size
# formatting, medians, waiting for idle CPUs, timing a run. Source it; it defines functions only.

mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1e6}'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print m}'; }
max() { tr ' ' '\n' | grep -v '^$' | sort -g | tail -1; }

# Other load on the machine skews wall times (2 cores). Before each timed run, wait until the
# CPUs have been idle (under QUIET_BUSY percent busy over 2 s, default 10) for up to
# QUIET_TIMEOUT seconds (default 900; QUIET_TIMEOUT=0 skips the wait). Prints the busy percent.
cpu_busy() { # percent of all CPUs busy over 2 s
    local a b
    a=($(head -1 /proc/stat)); sleep 2; b=($(head -1 /proc/stat))
    awk -v u=$((b[1] + b[2] + b[3] + b[6] + b[7] + b[8] - a[1] - a[2] - a[3] - a[6] - a[7] - a[8])) \
        -v t=$((b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + b[7] + b[8] - a[1] - a[2] - a[3] - a[4] - a[5] - a[6] - a[7] - a[8])) \
        'BEGIN {printf "%.0f", t ? 100 * u / t : 0}'
}
wait_quiet() {
    local deadline=$((SECONDS + ${QUIET_TIMEOUT:-900})) busy
    while :; do
        busy="$(cpu_busy)"
        if [ "$busy" -le "${QUIET_BUSY:-10}" ] || [ "$SECONDS" -ge "$deadline" ]; then
            echo "$busy"
            return
        fi
    done
}

# Runs the command under /usr/bin/time, its stderr to $TIMED_STDERR; prints
# "WALL_S MAXRSS_KIB USER_S SYS_S EXIT".
timed() {
    local tf rc=0
    tf="$(mktemp)"
    /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >/dev/null 2>"$TIMED_STDERR" || rc=$?
    printf '%s %s\n' "$(tail -1 "$tf")" "$rc"
    rm -f "$tf"
}

