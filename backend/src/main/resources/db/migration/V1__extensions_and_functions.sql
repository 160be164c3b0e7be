-- The set-up script creates these as superuser; "if not exists" keeps a managed database working too.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary); pinning the dictionary makes this wrapper safe to
-- declare IMMUTABLE, so it can back generated columns and indexes.
create or replace function gn_search_key(value text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
