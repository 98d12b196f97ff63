#!/usr/bin/env bash
# Nightly logical backup of the primary database.
set -euo pipefail

DB_HOST="${DB_HOST:-db.internal}"
DB_USER="${DB_USER:-backup}"
DB_NAME="${DB_NAME:-app}"
BACKUP_BUCKET="${BACKUP_BUCKET:?}"

export PGPASSWORD="${DB_PASSWORD:?DB_PASSWORD must be set}"

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

dump_postgres() {
  pg_dump -h "$DB_HOST" -U "$DB_USER" -Fc "$DB_NAME" > "$workdir/$DB_NAME.dump"
}

dump_mysql_legacy() {
  # expect: bash.password-in-argv
  mysqldump -h "$DB_HOST" -u "$DB_USER" -p"$DB_PASSWORD" legacy > "$workdir/legacy.sql"
}

dump_mysql() {
  mysqldump --defaults-extra-file=/etc/backup/my.cnf legacy > "$workdir/legacy.sql"
}

login_registry() {
  # expect: bash.password-in-argv
  docker login -u "$REGISTRY_USER" -p "$REGISTRY_PASSWORD" registry.internal
}

login_registry_stdin() {
  printf '%s' "$REGISTRY_PASSWORD" | docker login -u "$REGISTRY_USER" --password-stdin registry.internal
}

copy_to_nas() {
  # expect: bash.password-in-argv
  sshpass -p "$NAS_PASSWORD" scp "$workdir"/*.dump backup@nas.internal:/volume1/backups/
}

debug_env() {
  echo "backing up $DB_NAME on $DB_HOST as $DB_USER"
  # expect: bash.secret-echo
  echo "using password $DB_PASSWORD"
}

lock_file() {
  # expect: bash.predictable-temp-file
  local lock="/tmp/db-backup.$$"
  touch "$lock"
  echo "$lock"
}

scratch() {
  # expect: bash.predictable-temp-file
  tmp=$(mktemp -u)
  mkfifo "$tmp"
}

dump_postgres
aws s3 cp "$workdir/$DB_NAME.dump" "s3://$BACKUP_BUCKET/$(date +%F)/"
