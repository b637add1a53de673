#!/bin/sh
# Run once by the postgres image when it creates its data volume (docker-entrypoint-initdb.d):
# the role the Koers app connects as. It owns nothing; Koers migrates as the owner
# (POSTGRES_USER) and grants this role what the app may do, so it cannot change the audit trail.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$KOERS_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE koers_app LOGIN PASSWORD :'app_password';
SQL
