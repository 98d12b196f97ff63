#!/usr/bin/env bash
# Provision a self-hosted CI runner VM.
set -euo pipefail

RUNNER_USER="runner"
RUNNER_HOME="/home/${RUNNER_USER}"

id "$RUNNER_USER" >/dev/null 2>&1 || useradd -m -s /bin/bash "$RUNNER_USER"

# Limited sudo for the runner: only the service it manages.
cat > /etc/sudoers.d/runner-svc <<'SUDO'
runner ALL=(root) NOPASSWD: /usr/bin/systemctl restart actions-runner
SUDO
chmod 440 /etc/sudoers.d/runner-svc

# expect: bash.sudoers-nopasswd
echo "${RUNNER_USER} ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/90-runner

# expect: bash.sudoers-nopasswd
echo "%ci ALL=(ALL:ALL) NOPASSWD:ALL" >> /etc/sudoers

install -d -m 0700 -o "$RUNNER_USER" "$RUNNER_HOME/.ssh"
install -m 0600 -o "$RUNNER_USER" /tmp/runner_authorized_keys "$RUNNER_HOME/.ssh/authorized_keys"

mkdir -p /srv/ci-cache
chmod 0755 /srv/ci-cache
chown "$RUNNER_USER": /srv/ci-cache

# expect: bash.chmod-world-writable
chmod 666 /var/run/docker.sock

# expect: bash.chmod-world-writable
chmod a+rwx /srv/shared-artifacts

cat >> /etc/ssh/ssh_config <<'SSH'
Host github.com
  StrictHostKeyChecking yes
SSH

ssh-keyscan github.com >> "$RUNNER_HOME/.ssh/known_hosts"
