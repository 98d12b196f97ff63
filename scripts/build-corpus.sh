#!/usr/bin/env bash
# Builds a reproducible real-world source tree for throughput benchmarks (scripts/bench-cli.sh).
#
# Usage: scripts/build-corpus.sh [OUT_DIR]        (default: target/corpus in the repo root)
#
# Sources, all at pinned exact versions, fetched with the registries' ordinary clients:
#   python/  sdists from PyPI          (pip download --no-deps --no-binary :all:)
#   js/      tarballs from npm         (npm pack)
#   go/      Go sources from Debian's golang-*-dev packages (apt-get download): neither PyPI
#            nor npm ships real Go projects as source, Debian's packages do. Go is optional:
#            if apt-get is missing or a pinned version is gone from the archive, the script
#            warns and builds the tree without go/ (SKIP_GO=1 forces that).
#
# Every archive is checked against scripts/corpus.sha256 before it is unpacked (a mismatch is
# fatal). Archives are kept in OUT_DIR.dl/ so a rebuild does not download again. The tree is
# built in OUT_DIR.tmp and renamed, and OUT_DIR.stamp records what it was built from: a second
# run with the same pins only prints the summary.
#
# Regenerate the checksum list after changing the pins: UPDATE_SHA256=1 scripts/build-corpus.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/target/corpus}"
OUT="$(mkdir -p "$(dirname "$OUT")" && cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"
DL="$OUT.dl"
STAMP="$OUT.stamp"
SUMS="$ROOT/scripts/corpus.sha256"
PIP="${PIP:-python3 -m pip}"

# spec|archive file name as the client saves it
PYPI=(
    "django==5.1.4|Django-5.1.4.tar.gz"
    "flask==3.1.0|flask-3.1.0.tar.gz"
    "requests==2.32.3|requests-2.32.3.tar.gz"
    "werkzeug==3.1.3|werkzeug-3.1.3.tar.gz"
    "jinja2==3.1.4|jinja2-3.1.4.tar.gz"
    "click==8.1.7|click-8.1.7.tar.gz"
    "httpx==0.28.1|httpx-0.28.1.tar.gz"
    "tornado==6.4.2|tornado-6.4.2.tar.gz"
    "scrapy==2.12.0|scrapy-2.12.0.tar.gz"
    "pydantic==2.10.3|pydantic-2.10.3.tar.gz"
    "pyyaml==6.0.2|pyyaml-6.0.2.tar.gz"
    "paramiko==3.5.0|paramiko-3.5.0.tar.gz"
)
NPM=(
    "lodash@4.17.21|lodash-4.17.21.tgz"
    "express@4.21.2|express-4.21.2.tgz"
    "react-dom@18.3.1|react-dom-18.3.1.tgz"
    "vue@3.5.13|vue-3.5.13.tgz"
    "rxjs@7.8.1|rxjs-7.8.1.tgz"
    "webpack@5.97.1|webpack-5.97.1.tgz"
    "eslint@9.17.0|eslint-9.17.0.tgz"
    "axios@1.7.9|axios-1.7.9.tgz"
    "jquery@3.7.1|jquery-3.7.1.tgz"
    "mongoose@8.9.0|mongoose-8.9.0.tgz"
    "graphql@16.9.0|graphql-16.9.0.tgz"
    "@types/node@22.10.2|types-node-22.10.2.tgz"
    "ajv@8.17.1|ajv-8.17.1.tgz"
    "core-js@3.39.0|core-js-3.39.0.tgz"
)
# Debian 12 (bookworm) versions; apt-get saves an epoch "1:" as "1%3a".
DEB=(
    "golang-google-grpc-dev=1.33.3-2|golang-google-grpc-dev_1.33.3-2_all.deb"
    "golang-golang-x-net-dev=1:0.7.0+dfsg-1|golang-golang-x-net-dev_1%3a0.7.0+dfsg-1_all.deb"
    "golang-golang-x-crypto-dev=1:0.4.0-1|golang-golang-x-crypto-dev_1%3a0.4.0-1_all.deb"
    "golang-github-prometheus-client-golang-dev=1.14.0-3|golang-github-prometheus-client-golang-dev_1.14.0-3_all.deb"
    "golang-github-spf13-cobra-dev=1.6.1-1|golang-github-spf13-cobra-dev_1.6.1-1_all.deb"
    "golang-github-gin-gonic-gin-dev=1.8.1-1|golang-github-gin-gonic-gin-dev_1.8.1-1_all.deb"
    "golang-github-go-sql-driver-mysql-dev=1.5.0-2|golang-github-go-sql-driver-mysql-dev_1.5.0-2_all.deb"
    "golang-gopkg-yaml.v3-dev=3.0.1-3|golang-gopkg-yaml.v3-dev_3.0.1-3_all.deb"
    "golang-github-gorilla-mux-dev=1.8.0-1|golang-github-gorilla-mux-dev_1.8.0-1_all.deb"
    "golang-github-minio-minio-go-v7-dev=7.0.46-1|golang-github-minio-minio-go-v7-dev_7.0.46-1_all.deb"
    "golang-github-lib-pq-dev=1.10.7-2|golang-github-lib-pq-dev_1.10.7-2_all.deb"
    "golang-github-gorilla-websocket-dev=1.5.0-2|golang-github-gorilla-websocket-dev_1.5.0-2_all.deb"
    "golang-github-jackc-pgx-v4-dev=4.15.0-4|golang-github-jackc-pgx-v4-dev_4.15.0-4_all.deb"
    "golang-github-labstack-echo-dev=4.2.1-3|golang-github-labstack-echo-dev_4.2.1-3_all.deb"
)

log() { printf '[corpus] %s\n' "$*" >&2; }

summary() {
    local dir="$1"
    log "summary of $dir"
    find "$dir" -type f -printf '%s %f\n' | awk '
        {
            n = substr($0, index($0, " ") + 1); ext = "(none)"
            if (match(n, /\.[A-Za-z0-9_+-]+$/) && RSTART > 1) ext = tolower(substr(n, RSTART))
            files[ext]++; bytes[ext] += $1; tf++; tb += $1
        }
        END {
            printf "%-12s %8s %10s\n", "extension", "files", "MB"
            for (e in files) printf "%-12s %8d %10.2f\n", e, files[e], bytes[e] / 1e6 | "sort -k3 -rn | head -25"
            close("sort -k3 -rn | head -25")
            printf "%-12s %8d %10.2f  (all regular files)\n", "TOTAL", tf, tb / 1e6
        }'
    for top in python js go; do
        [ -d "$dir/$top" ] || continue
        find "$dir/$top" -type f -printf '%s\n' | awk -v t="$top/" '{n++; s += $1} END {printf "%-12s %8d %10.2f  (subtree)\n", t, n, s / 1e6}'
    done
    find "$dir" -type f \( -name '*.py' -o -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.ts' \
        -o -name '*.mts' -o -name '*.cts' -o -name '*.tsx' -o -name '*.jsx' -o -name '*.go' \) -printf '%s\n' |
        awk '{n++; s += $1} END {printf "%-12s %8d %10.2f  (.py .js .mjs .cjs .jsx .ts .mts .cts .tsx .go)\n", "source", n, s / 1e6}'
}

WANT_GO=1
[ -z "${SKIP_GO:-}" ] || WANT_GO=0
# What the tree is built from: the pins (this script), the checksums and whether go/ is wanted.
sums_key() { { sha256sum "$SUMS" "${BASH_SOURCE[0]}"; echo "go=$WANT_GO"; } | sha256sum | cut -d' ' -f1; }

if [ -z "${UPDATE_SHA256:-}" ] && [ -d "$OUT" ] && [ -f "$STAMP" ] && [ "$(head -1 "$STAMP")" = "$(sums_key)" ]; then
    log "$OUT is up to date ($(sed -n 2p "$STAMP")); remove $STAMP to rebuild"
    summary "$OUT"
    exit 0
fi

mkdir -p "$DL/pypi" "$DL/npm" "$DL/deb"

have_ok() { # dir file: present and matching the checked-in checksum
    [ -f "$1/$2" ] || return 1
    [ -n "${UPDATE_SHA256:-}" ] && return 0
    local want
    want="$(awk -v f="$2" '$2 == f || $2 == "*" f {print $1}' "$SUMS")"
    [ -n "$want" ] && [ "$(sha256sum "$1/$2" | cut -d' ' -f1)" = "$want" ]
}

for entry in "${PYPI[@]}"; do
    spec="${entry%%|*}" file="${entry#*|}"
    have_ok "$DL/pypi" "$file" && continue
    log "pip download $spec"
    # pip prepares the sdist's metadata (in an isolated build env from PyPI) before saving it.
    $PIP download --quiet --no-deps --no-binary :all: --disable-pip-version-check -d "$DL/pypi" "$spec" >&2
done

for entry in "${NPM[@]}"; do
    spec="${entry%%|*}" file="${entry#*|}"
    have_ok "$DL/npm" "$file" && continue
    log "npm pack $spec"
    (cd "$DL/npm" && npm pack --silent "$spec" >/dev/null)
done

GO=1
if [ -n "${SKIP_GO:-}" ]; then
    GO=0
    log "SKIP_GO set: building without go/"
elif ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
    GO=0
    log "WARNING: no apt-get/dpkg-deb here: building without go/ (no PyPI or npm package ships real Go projects as source)"
else
    missing=()
    for entry in "${DEB[@]}"; do
        have_ok "$DL/deb" "${entry#*|}" || missing+=("${entry%%|*}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "apt-get download ${#missing[@]} golang-*-dev packages"
        # apt-get download needs the package lists; `apt-get update` first on a fresh machine.
        if ! (cd "$DL/deb" && apt-get download -q "${missing[@]}" >&2 2>/dev/null) &&
            ! { apt-get update -qq >&2 && (cd "$DL/deb" && apt-get download -q "${missing[@]}" >&2); }; then
            GO=0
            log "WARNING: apt-get download failed (pinned Debian versions gone?): building without go/"
        fi
    fi
fi

if [ -n "${UPDATE_SHA256:-}" ]; then
    {
        echo "# sha256 of the corpus archives pinned in scripts/build-corpus.sh (UPDATE_SHA256=1 regenerates)"
        (cd "$DL/pypi" && for e in "${PYPI[@]}"; do sha256sum "${e#*|}"; done)
        (cd "$DL/npm" && for e in "${NPM[@]}"; do sha256sum "${e#*|}"; done)
        if [ "$GO" = 1 ]; then (cd "$DL/deb" && for e in "${DEB[@]}"; do sha256sum "${e#*|}"; done); fi
    } >"$SUMS"
    log "wrote $SUMS"
fi

verify() { # dir file
    local want got
    want="$(awk -v f="$2" '$2 == f || $2 == "*" f {print $1}' "$SUMS")"
    [ -n "$want" ] || { log "ERROR: $2 is not in $SUMS"; exit 1; }
    got="$(sha256sum "$1/$2" | cut -d' ' -f1)"
    [ "$got" = "$want" ] || { log "ERROR: sha256 mismatch for $2: got $got, want $want"; exit 1; }
}

TMP="$OUT.tmp"
rm -rf "$TMP"
mkdir -p "$TMP/python" "$TMP/js"

for entry in "${PYPI[@]}"; do
    file="${entry#*|}"
    verify "$DL/pypi" "$file"
    tar -xzf "$DL/pypi/$file" -C "$TMP/python" --no-same-owner --no-same-permissions
done
for entry in "${NPM[@]}"; do
    file="${entry#*|}"
    verify "$DL/npm" "$file"
    dest="$TMP/js/${file%.tgz}"
    mkdir -p "$dest"
    tar -xzf "$DL/npm/$file" -C "$dest" --strip-components=1 --no-same-owner --no-same-permissions
done
if [ "$GO" = 1 ]; then
    x="$TMP/.deb-extract"
    for entry in "${DEB[@]}"; do
        file="${entry#*|}"
        verify "$DL/deb" "$file"
        dpkg-deb -x "$DL/deb/$file" "$x"
    done
    # Only the Go source trees (usr/share/gocode/src/<import path>); Debian's docs are dropped.
    mv "$x/usr/share/gocode/src" "$TMP/go"
    rm -rf "$x"
fi
# Some sdists ship read-only files; make the tree removable and writable for `--fix` experiments.
chmod -R u+rwX "$TMP"

rm -rf "$OUT"
mv "$TMP" "$OUT"
go_note="with go/"
[ "$GO" = 1 ] || go_note="without go/"
WANT_GO="$GO" # a tree built without go/ after a failed download is retried next time
printf '%s\n%s, %s\n' "$(sums_key)" "built $(date -u +%Y-%m-%dT%H:%M:%SZ)" "$go_note" >"$STAMP"
log "built $OUT ($go_note)"
summary "$OUT"
