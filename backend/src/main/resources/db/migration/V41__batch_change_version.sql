-- The version each household of a batch had when the batch last wrote it. An undo compares it with the version
-- now: any later change of the household or its members (edits, member moves, archive, a card written back, another
-- import) raises the version, and the undo is refused rather than overwriting that change.
alter table household_batch_change add column version_after bigint;

-- Rows written before this column existed get the version their batch must have left: 0 for a household it
-- registered (it is written with version 0), one more than the remembered row for a household it changed (its
-- write raises the version once). A household the same batch changed twice thus reads as changed since, so the
-- undo is refused for it: with no record of what happened, nothing is overwritten.
update household_batch_change set version_after = case when created then 0 else (household_before ->> 'version')::bigint + 1 end;

alter table household_batch_change alter column version_after set not null;
