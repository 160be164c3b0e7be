-- Bulk imports of households with their members. A job is the upload (kept on disk until the job ends), its
-- settings and its progress. Workers claim jobs with FOR UPDATE SKIP LOCKED, keep a heartbeat and commit each chunk
-- in one transaction with the job's cursor (the number of records of the file done in the current phase), so a job
-- taken over after a restart continues after the last chunk committed: no record is validated or written twice.
create table import_job (
    id                  uuid          primary key,
    format              varchar(8)    not null check (format in ('NDJSON', 'CSV', 'XLSX')),
    mode                varchar(8)    not null check (mode in ('DRY_RUN', 'COMMIT')),
    policy              varchar(16)   not null check (policy in ('ALL_OR_NOTHING', 'VALID_ROWS_ONLY')),
    match_by            varchar(16)   not null check (match_by in ('NONE', 'HOUSEHOLD_CODE', 'CITIZEN_ID')),
    -- QUEUED → VALIDATING → VALIDATED (a dry run, or waiting for its commit) | REJECTED (all or nothing with errors)
    -- | WRITING → DONE; CANCELLED and FAILED end a job early; ROLLED_BACK undoes what it wrote
    state               varchar(12)   not null check (state in ('QUEUED', 'VALIDATING', 'VALIDATED', 'REJECTED', 'WRITING',
                                                                'DONE', 'CANCELLED', 'FAILED', 'ROLLED_BACK')),
    file_name           varchar(200)  not null,
    file_size           bigint        not null check (file_size >= 0),
    -- SHA-256 of the file's bytes: the same file is never applied twice
    content_hash        varchar(64)   not null,
    idempotency_key     varchar(100),
    client_id           varchar(100)  not null,
    -- the only commune the requester may import into; null for district-wide callers
    commune_scope       varchar(16),
    records_read        integer       not null default 0,
    records_valid       integer       not null default 0,
    records_invalid     integer       not null default 0,
    records_written     integer       not null default 0,
    households_created  integer       not null default 0,
    households_updated  integer       not null default 0,
    members_written     integer       not null default 0,
    -- records of the file done in the current phase (validating or writing)
    cursor_record       integer       not null default 0,
    worker              varchar(100),
    heartbeat_at        timestamptz,
    attempts            integer       not null default 0,
    error               varchar(1000),
    requested_at        timestamptz   not null,
    requested_by        varchar(100)  not null,
    started_at          timestamptz,
    validated_at        timestamptz,
    finished_at         timestamptz,
    rolled_back_at      timestamptz,
    rolled_back_by      varchar(100),
    version             bigint        not null default 0
);
create index ix_import_job_requested on import_job (requested_at desc, id);
create index ix_import_job_pending on import_job (requested_at, id) where state in ('QUEUED', 'VALIDATING', 'WRITING');
create index ix_import_job_hash on import_job (content_hash) where mode = 'COMMIT';

-- Every problem found in a record: the record's place in the file, the column, a code, the message in both languages
-- and the original text of the line (NDJSON) or row (CSV, XLSX) it came from.
create table import_row_error (
    job_id        uuid          not null references import_job (id),
    seq           integer       not null,
    record_no     integer       not null,
    line_no       integer       not null,
    column_name   varchar(100),
    pointer       varchar(200),
    code          varchar(60)   not null,
    message_en    varchar(500)  not null,
    message_vi    varchar(500)  not null,
    original      text,
    primary key (job_id, seq)
);
create index ix_import_row_error_record on import_row_error (job_id, record_no);

-- What a bulk write (an import job) did to each household, for undoing it as a batch: created households are removed
-- again; changed ones get their row and members back as they were. Kept by the household feature (its rows, its
-- history): the members who left stay as history, as every change of the registry does.
create table household_batch_change (
    batch_id          uuid     not null,
    household_id      uuid     not null,
    created           boolean  not null,
    household_before  jsonb,
    members_before    jsonb,
    primary key (batch_id, household_id),
    check (created = (household_before is null))
);
