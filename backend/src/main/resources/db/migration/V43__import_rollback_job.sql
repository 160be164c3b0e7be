-- A rollback runs in the worker: a million households take minutes, past any request's timeout. The request checks
-- what it can at once and moves the job to ROLLING_BACK; a worker claims it like any other job and undoes the batch in
-- one transaction. When the undo fails, the job goes back to the state it came from, with the reason kept.
alter table import_job drop constraint import_job_state_check;
alter table import_job add constraint import_job_state_check check (state in ('QUEUED', 'VALIDATING', 'VALIDATED', 'REJECTED',
    'WRITING', 'DONE', 'CANCELLED', 'FAILED', 'ROLLING_BACK', 'ROLLED_BACK'));

-- the state a rollback started from (DONE, CANCELLED or FAILED), the one it goes back to when it fails
alter table import_job add column rollback_from varchar(12) check (rollback_from in ('DONE', 'CANCELLED', 'FAILED'));
alter table import_job add column rollback_requested_at timestamptz;
alter table import_job add column rollback_requested_by varchar(100);
-- why the last rollback was not done: the problem (RFC 9457) a refused request answers; null once one succeeds
alter table import_job add column rollback_problem jsonb;
alter table import_job add constraint import_job_rolling_back_check
    check (state <> 'ROLLING_BACK' or (rollback_from is not null and rollback_requested_by is not null));

drop index ix_import_job_pending;
create index ix_import_job_pending on import_job (requested_at, id) where state in ('QUEUED', 'VALIDATING', 'WRITING', 'ROLLING_BACK');
