#!/bin/sh
# First start of the PostgreSQL container only (docker-entrypoint-initdb.d): one role and one
# database for the backend, another for Rasa's tracker store, so neither can read the other's.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v repairs_password="$REPAIRS_DB_PASSWORD" -v rasa_password="$RASA_DB_PASSWORD" <<'SQL'
CREATE ROLE repairs LOGIN PASSWORD :'repairs_password';
CREATE DATABASE repairs OWNER repairs;
CREATE ROLE rasa LOGIN PASSWORD :'rasa_password';
CREATE DATABASE rasa OWNER rasa;
REVOKE ALL ON DATABASE repairs FROM PUBLIC;
REVOKE ALL ON DATABASE rasa FROM PUBLIC;
SQL
