-- Names repeat heavily (a few family names cover most people); finer statistics keep the planner's estimate of
-- trigram matches close to reality, so it picks the index-driven plan for household search.
alter table household_member alter column name_key set statistics 1000;
analyze household_member;
