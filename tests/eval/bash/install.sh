#!/usr/bin/env bash
# Bootstrap a fresh build agent.
set -euo pipefail

NODE_VERSION="20.12.2"
GO_VERSION="1.22.3"
TOOLS_DIR="${TOOLS_DIR:-/opt/tools}"

log() { printf '[install] %s\n' "$*" >&2; }

install_node() {
  local tarball="node-v${NODE_VERSION}-linux-x64.tar.xz"
  curl -fsSLO "https://nodejs.org/dist/v${NODE_VERSION}/${tarball}"
  curl -fsSLO "https://nodejs.org/dist/v${NODE_VERSION}/SHASUMS256.txt"
  grep " ${tarball}\$" SHASUMS256.txt | sha256sum -c -
  tar -xJf "$tarball" -C "$TOOLS_DIR" --strip-components=1
}

install_go() {
  curl -fsSL "https://go.dev/dl/go${GO_VERSION}.linux-amd64.tar.gz" -o /tmp/go.tgz
  echo "8920ea521bad8f6b7bc377b4824982e011c19af27df88a815e3586ea895f1b36  /tmp/go.tgz" | sha256sum -c -
  tar -C /usr/local -xzf /tmp/go.tgz
}

install_rust() {
  # expect: bash.curl-pipe-shell
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
}

install_nvm() {
  # expect: bash.curl-pipe-shell
  wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash
}

install_bun() {
  # expect: bash.curl-pipe-shell
  bash -c "$(curl -fsSL https://bun.sh/install)"
}

install_helm() {
  local script
  script="$(mktemp)"
  curl -fsSL -o "$script" https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3
  less "$script" >/dev/null
  bash "$script"
  rm -f "$script"
}

install_internal_ca() {
  # expect: bash.tls-verification-disabled
  curl -k -fsSL https://pki.corp.internal/root-ca.pem -o /usr/local/share/ca-certificates/corp.crt
  update-ca-certificates
}

mirror_artifacts() {
  # expect: bash.tls-verification-disabled
  wget --no-check-certificate -q https://artifacts.corp.internal/build-cache.tar.gz -O /tmp/cache.tgz
}

configure_git() {
  git config --global init.defaultBranch main
  # expect: bash.tls-verification-disabled
  git config --global http.sslVerify false
}

mkdir -p "$TOOLS_DIR"
install_node
install_go
install_rust
log "done"
