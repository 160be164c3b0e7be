-- Runs once, when the compose database volume is created (docker-entrypoint-initdb.d), as superuser.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
