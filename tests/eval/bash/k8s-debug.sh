#!/usr/bin/env bash
# Helpers for poking at the staging cluster.
set -euo pipefail

NS="${NS:-staging}"

pods() { kubectl -n "$NS" get pods -o wide; }

logs() { kubectl -n "$NS" logs -f "deploy/$1" --since=10m; }

shell() { kubectl -n "$NS" exec -it "deploy/$1" -- /bin/sh; }

port_forward() { kubectl -n "$NS" port-forward "svc/$1" "${2:-8080}:80"; }

api_health() {
  # expect: bash.tls-verification-disabled
  curl --insecure -s "https://$(kubectl -n "$NS" get svc api -o jsonpath='{.status.loadBalancer.ingress[0].ip}')/healthz"
}

api_health_ca() {
  curl --cacert /etc/ssl/staging-ca.pem -s https://api.staging.internal/healthz
}

db_shell() {
  local pass
  pass="$(kubectl -n "$NS" get secret db -o jsonpath='{.data.password}' | base64 -d)"
  PGPASSWORD="$pass" psql -h localhost -U app app
}

db_shell_argv() {
  local pass
  pass="$(kubectl -n "$NS" get secret db -o jsonpath='{.data.password}' | base64 -d)"
  # expect: bash.password-in-argv
  mysql -h 127.0.0.1 -u root --password="$pass" app
}

dump_secret() {
  local token
  token="$(kubectl -n "$NS" get secret api-token -o jsonpath='{.data.token}' | base64 -d)"
  # expect: bash.secret-echo
  echo "$token"
}

scratch_file() {
  # expect: bash.predictable-temp-file
  local f="/tmp/k8s-debug-$RANDOM.yaml"
  kubectl -n "$NS" get all -o yaml > "$f"
  echo "$f"
}

"$@"
