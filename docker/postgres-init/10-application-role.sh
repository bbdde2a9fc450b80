#!/bin/sh
# Runs once, when the postgres container creates its data folder: the role Copydesk runs as. It owns nothing;
# Flyway (as the owner, POSTGRES_USER) grants it what it may do in the migrations.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v app_password="$COPYDESK_APP_PASSWORD" <<'SQL'
create role copydesk_app login password :'app_password';
SQL
