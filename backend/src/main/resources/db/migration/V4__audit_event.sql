create table audit_event (
    id           bigint       generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(100) not null,
    kind         varchar(10)  not null check (kind in ('READ', 'WRITE', 'EXPORT', 'PARTNER')),
    action       varchar(40)  not null,
    entity_type  varchar(40)  not null,
    entity_id    varchar(64),
    household_id uuid,
    commune_code varchar(16),
    purpose      varchar(200),
    trace_id     varchar(64),
    details      jsonb
);
create index ix_audit_household on audit_event (household_id, kind, id) where household_id is not null;
create index ix_audit_occurred on audit_event (occurred_at desc, id desc);
create index ix_audit_actor on audit_event (actor, id desc);

-- Append-only: the log is evidence, so the application role may add rows but never change or remove them.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_append_only before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();
