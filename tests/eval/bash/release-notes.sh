#!/usr/bin/env bash
# Builds release notes from merged PRs since the last tag. No security-sensitive operations.
set -euo pipefail

last_tag="$(git describe --tags --abbrev=0 2>/dev/null || echo "")"
range="${last_tag:+${last_tag}..}HEAD"
notes="$(mktemp)"
trap 'rm -f "$notes"' EXIT

{
  echo "## Changes"
  git log --merges --pretty='format:- %s (%h)' "$range"
} > "$notes"

if [[ -n "${GITHUB_TOKEN:-}" ]]; then
  gh release create "v$(date +%Y.%m.%d)" --notes-file "$notes" --target main
else
  echo "GITHUB_TOKEN not set; printing notes instead" >&2
  cat "$notes"
fi

echo "token length: ${#GITHUB_TOKEN}" >/dev/null
echo "Release created from commit $(git rev-parse --short HEAD)"
sha256sum "$notes" | cut -d' ' -f1
