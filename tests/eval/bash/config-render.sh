#!/usr/bin/env bash
# Renders service configuration from templates using environment values.
set -euo pipefail

TEMPLATE_DIR="${TEMPLATE_DIR:-./templates}"
OUT_DIR="${OUT_DIR:-./rendered}"
mkdir -p "$OUT_DIR"

render() {
  local name="$1"
  envsubst < "$TEMPLATE_DIR/$name.tmpl" > "$OUT_DIR/$name"
}

load_overrides() {
  local file="$1"
  while IFS='=' read -r key value; do
    [[ "$key" =~ ^[A-Z_][A-Z0-9_]*$ ]] || continue
    printf -v "$key" '%s' "$value"
    export "$key"
  done < "$file"
}

apply_hook() {
  local hook="$1"
  # expect: bash.eval-injection
  eval "$hook"
}

set_var() {
  # expect: bash.eval-injection
  eval "export ${1}=${2}"
}

setup_brew() {
  eval "$(/home/linuxbrew/.linuxbrew/bin/brew shellenv)"
}

setup_ssh_agent() {
  eval "$(ssh-agent -s)"
}

show_config() {
  echo "Rendering into $OUT_DIR from $TEMPLATE_DIR"
  echo "API token configured: ${API_TOKEN:+yes}"
  # expect: bash.secret-echo
  printf 'token=%s\n' "$API_TOKEN"
}

debug_creds() {
  # expect: bash.secret-echo
  echo "AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY"
}

for t in "$TEMPLATE_DIR"/*.tmpl; do
  render "$(basename "$t" .tmpl)"
done
