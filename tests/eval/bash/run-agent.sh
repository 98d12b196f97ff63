#!/usr/bin/env bash
# Runs the coding agent against a ticket inside the CI sandbox.
set -euo pipefail

TICKET="${1:?usage: run-agent.sh TICKET}"
WORKTREE="$(mktemp -d)"
trap 'rm -rf "$WORKTREE"' EXIT

git worktree add "$WORKTREE" origin/main
cd "$WORKTREE"

PROMPT="Fix ticket ${TICKET}. Run the tests before finishing."

if [[ "${AGENT:-claude}" == "claude" ]]; then
  claude -p "$PROMPT" --allowedTools "Edit,Bash(npm test:*),Bash(git diff:*)" --max-turns 30
else
  codex exec --sandbox workspace-write "$PROMPT"
fi

nightly_refactor() {
  # expect: bash.agent-permission-bypass, agents.dangerous-skip-permissions-flag
  claude -p "Refactor the payments module" --dangerously-skip-permissions
}

yolo_codex() {
  # expect: bash.agent-permission-bypass, agents.dangerous-skip-permissions-flag
  codex exec --dangerously-bypass-approvals-and-sandbox "Upgrade all dependencies"
}

gemini_batch() {
  # expect: bash.agent-permission-bypass, agents.dangerous-skip-permissions-flag
  gemini --yolo -p "Fix lint errors across the repo"
}

echo "Use --dangerously-skip-permissions only inside a throwaway VM." >/dev/null

# The flag name appears in this help text but nothing is executed with it.
usage() {
  cat <<'USAGE'
run-agent.sh TICKET
  Runs the agent with an allow-list of tools. Never pass --dangerously-skip-permissions here.
USAGE
}
