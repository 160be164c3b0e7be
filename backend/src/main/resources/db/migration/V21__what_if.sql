-- What-if re-classification: the whole registry classified under a chosen standard (optionally with draft numbers)
-- and compared with each household's current status. A run is a job: workers claim queued runs with
-- FOR UPDATE SKIP LOCKED, keep a heartbeat while running and write their results chunk by chunk, each chunk in one
-- transaction with the cursor, so a run re-claimed after a restart continues after the last household written.
create table what_if_run (
    id                    uuid         primary key,
    standard_code         varchar(20)  not null references poverty_standard (code),
    -- ages, card validity and school attendance are judged on this date
    reference_date        date         not null,
    -- numbers tried instead of the standard's, as requested: {"thresholds": [{areaType, povertyLineVnd,
    -- nearPoorCeilingVnd}], "deprivationCutoff"}; null when the standard is used as it is
    draft                 jsonb,
    state                 varchar(8)   not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    -- registered households when the run started: the denominator of the progress
    households_total      integer      check (households_total >= 0),
    households_processed  integer      not null default 0 check (households_processed >= 0),
    -- the last household (in key order) whose outcome is written
    cursor_household_id   uuid,
    -- the worker holding a running run, and when it last reported; a stale heartbeat lets another worker take over
    worker                varchar(100),
    heartbeat_at          timestamptz,
    attempts              integer      not null default 0,
    error                 varchar(1000),
    requested_at          timestamptz  not null,
    requested_by          varchar(100) not null,
    started_at            timestamptz,
    finished_at           timestamptz,
    version               bigint       not null default 0,
    check ((state in ('DONE', 'FAILED')) = (finished_at is not null)),
    check ((state = 'FAILED') = (error is not null))
);
create index ix_what_if_run_requested on what_if_run (requested_at desc, id);
create index ix_what_if_run_pending on what_if_run (requested_at, id) where state in ('QUEUED', 'RUNNING');

-- Households whose status would change, up to a few hundred thousand per run, written with COPY. The key is the
-- order of the list (commune, then household code) and keeps a household from being written twice. No foreign keys:
-- runs and households are never deleted, and checking every row would cost more than writing it.
create table what_if_change (
    run_id                        uuid         not null,
    household_id                  uuid         not null,
    household_code                varchar(20)  not null,
    commune_code                  varchar(16)  not null,
    hamlet_code                   varchar(16)  not null,
    status_from                   varchar(16)  not null,
    status_to                     varchar(16)  not null,
    deprivation_count             smallint     not null,
    monthly_income_per_capita_vnd bigint       not null,
    primary key (run_id, commune_code, household_code)
);

-- Households per commune and move (status now → status under the run's standard); status_to null counts the
-- households that could not be classified (no income recorded). Chunks add to these rows.
create table what_if_tally (
    run_id        uuid         not null references what_if_run (id),
    commune_code  varchar(16)  not null,
    status_from   varchar(16)  not null,
    status_to     varchar(16),
    households    integer      not null check (households >= 0),
    constraint ux_what_if_tally unique nulls not distinct (run_id, commune_code, status_from, status_to)
);
