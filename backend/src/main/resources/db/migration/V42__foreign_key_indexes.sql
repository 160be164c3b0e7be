-- Every foreign key into household and household_member gets an index on its referencing column: deleting a
-- household or a member (an import's rollback removes what it created) checks each referencing table, and without an
-- index each check scans the whole table — a 10,000-household rollback took over a minute on 13,000 households.
create index ix_household_merged_into on household (merged_into_id) where merged_into_id is not null;
create index ix_review_case_household on review_case (household_id);
create index ix_entitlement_member on entitlement (member_id) where member_id is not null;
