-- Recompute of every household's entitlements as a job, requested by the district or started by the nightly sweep
-- (entitlements whose validity ended are expired with their reason, new ones granted). The same job mechanism as
-- what_if_run (vn.giamngheo.common.job): workers claim queued jobs with FOR UPDATE SKIP LOCKED, keep a heartbeat
-- while running, and commit chunk by chunk together with the cursor, so a job taken over after a restart continues
-- after the last household committed.
create table entitlement_recompute (
    id                    uuid         primary key,
    trigger               varchar(12)  not null check (trigger in ('REQUESTED', 'NIGHTLY')),
    -- the day whose nightly sweep this is: at most one per day, whichever replica's scheduler fires first
    sweep_day             date         unique,
    -- validity, ages and escape windows are judged on this date (the day in Vietnam when the job was requested)
    reference_date        date         not null,
    state                 varchar(8)   not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    -- households when the job started: the denominator of the progress
    households_total      integer      check (households_total >= 0),
    households_processed  integer      not null default 0 check (households_processed >= 0),
    entitlements_created  integer      not null default 0 check (entitlements_created >= 0),
    entitlements_changed  integer      not null default 0 check (entitlements_changed >= 0),
    entitlements_ended    integer      not null default 0 check (entitlements_ended >= 0),
    -- the last household (in key order) whose entitlements are committed
    cursor_household_id   uuid,
    worker                varchar(100),
    heartbeat_at          timestamptz,
    attempts              integer      not null default 0,
    error                 varchar(1000),
    requested_at          timestamptz  not null,
    requested_by          varchar(100) not null,
    started_at            timestamptz,
    finished_at           timestamptz,
    version               bigint       not null default 0,
    check ((trigger = 'NIGHTLY') = (sweep_day is not null)),
    check ((state in ('DONE', 'FAILED')) = (finished_at is not null)),
    check ((state = 'FAILED') = (error is not null))
);
create index ix_entitlement_recompute_requested on entitlement_recompute (requested_at desc, id);
create index ix_entitlement_recompute_pending on entitlement_recompute (requested_at, id) where state in ('QUEUED', 'RUNNING');

-- The once-only programs a person already received are looked up by person among ended entitlements.
create index ix_entitlement_person_ended on entitlement (person_id) where state in ('EXPIRED', 'REVOKED');
