#!/usr/bin/env bash
# Bootstraps CI credentials on a new runner.
set -euo pipefail

# expect: secrets.gitlab-pat
export GITLAB_TOKEN="glpat-MZwIMlvdp5gjTrD8Osj-"
export GITLAB_URL="https://gitlab.acme.example"

# expect: secrets.docker-hub-token
DOCKERHUB_TOKEN="dckr_pat_AuPFJiN7UZpjxV2KKrgnfHCzbt5"
printf '%s' "$DOCKERHUB_TOKEN" | docker login -u acmebot --password-stdin

# expect: secrets.pypi-token
export TWINE_PASSWORD="pypi-AgEIcHlwaS5vcmcd3eK3pxFkhJA5uFyeUhwksU8dSaNrFWv5SRclfFhhqCmzhp59yZk4d6-GlThw_ZqyC85Nn"
export TWINE_USERNAME="__token__"

curl -fsS -H "Authorization: Bearer ${CI_API_TOKEN:?}" https://ci.acme.example/api/v1/register

# expect: secrets.slack-user-token
curl -fsS -H "Authorization: Bearer xoxp-372240328099-707013430671-4587132318645-6da25a43a846eb31e7ea468c6414ce9d" https://slack.com/api/auth.test

# expect: secrets.generic-url-credentials
git clone https://deploy:Pq8wXz3LmR7tVn2K@git.acme.example/platform/infra.git /opt/infra

git clone "https://oauth2:${GITLAB_TOKEN}@gitlab.acme.example/platform/tools.git" /opt/tools

# expect: secrets.telegram-bot-token
TELEGRAM_BOT_TOKEN="2171384336:AAB30M8KVM_w8MDaD3vSS1Mmn7qOiqh1yud"
curl -fsS "https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/sendMessage" -d chat_id=-100123 -d text="runner up"

# expect: secrets.discord-webhook-url
curl -fsS -H 'Content-Type: application/json' -d '{"content":"runner online"}' https://discord.com/api/webhooks/4477680020376350850/qr2RbwXOq43IedbtWe27WH77hBlyqz-9PNldsWhXK64VtGHZA2PQLUD-W1nW4kGeJ-ky

COMMIT="37c986847182905b0e600fe7bc5c246dd3292aa1"
RUNNER_ID="0855b284-9861-4c13-b2f1-9286f6ebd5bb"
echo "bootstrapped runner $RUNNER_ID at $COMMIT"
