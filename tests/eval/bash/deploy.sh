#!/usr/bin/env bash
set -euo pipefail

: "${DEPLOY_HOST:?DEPLOY_HOST is required}"
: "${RELEASE_DIR:?RELEASE_DIR is required}"
APP_USER="${APP_USER:-deploy}"
BUILD_DIR="${BUILD_DIR:-}"

ssh_opts=(-o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$HOME/.ssh/known_hosts")

clean_build() {
  # expect: bash.rm-rf-unguarded-variable
  rm -rf "$BUILD_DIR/"
  mkdir -p "$BUILD_DIR"
}

clean_release() {
  # RELEASE_DIR is checked with :? above
  rm -rf "${RELEASE_DIR:?}/"*
}

clean_cache() {
  local cache_dir="$1"
  # expect: bash.rm-rf-unguarded-variable
  rm -rf $cache_dir/*
}

clean_tmp() {
  rm -rf /tmp/deploy-staging
}

push_release() {
  rsync -az --delete -e "ssh ${ssh_opts[*]}" "$BUILD_DIR/" "$APP_USER@$DEPLOY_HOST:$RELEASE_DIR/"
}

push_hotfix() {
  # expect: bash.ssh-host-key-checking-disabled
  scp -o StrictHostKeyChecking=no "$1" "$APP_USER@$DEPLOY_HOST:/tmp/"
}

restart_remote() {
  # expect: bash.ssh-host-key-checking-disabled
  ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "$APP_USER@$DEPLOY_HOST" 'sudo systemctl restart app'
}

fix_permissions() {
  chmod 750 "$RELEASE_DIR"
  chmod 640 "$RELEASE_DIR/.env"
  # expect: bash.chmod-world-writable
  chmod -R 777 "$RELEASE_DIR/storage"
  # expect: bash.chmod-world-writable
  chmod o+w /var/run/app.sock
}

clean_build
push_release
fix_permissions
