-- The 2025 periodic review of the benefit benchmark (bench/benefits.sh), consolidated on 2025-12-14, over the
-- households of scripts/demo-data.sql: by recorded income per capita, the lowest 3 % poor, the next 4 % near-poor
-- (7 % on the lists, inside the 5–10 % the district reports) and the next 8 % middle-income; households on a 2021
-- list that are on neither list now escaped on the decision day (10/12/2025), which opens the 3-year window of
-- the escape loans. Transitions as vn.giamngheo.review.domain.Transition derives them.
begin;

insert into review_cycle (id, kind, year, month, standard_code, reference_date, opens_on, closes_on, state,
                          consolidated_at, consolidated_by, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), 'PERIODIC', 2025, null, 'ND07_2021', date '2025-10-01', date '2025-09-01', date '2025-12-14',
       'CONSOLIDATED', timestamptz '2025-12-14 17:00+07', 'bench', timestamptz '2025-08-25 08:00+07', 'bench',
       timestamptz '2025-12-14 17:00+07', 'bench'
where not exists (select 1 from review_cycle where kind = 'PERIODIC' and year = 2025);

insert into household_status_record (id, household_id, cycle_id, year, commune_code, status_start, status_end, transition,
                                     standard_code, decided_on, escaped_on, frozen_at)
with ranked as (
    select h.id, h.commune_code, percent_rank() over (order by h.monthly_income_per_capita_vnd, h.id) as pr
    from household h
    where h.monthly_income_per_capita_vnd is not null and h.archived_at is null
), judged as (
    select r.id, r.commune_code, coalesce(s.status_end, 'NOT_POOR') as status_start,
           case when r.pr < 0.03 then 'POOR' when r.pr < 0.07 then 'NEAR_POOR' when r.pr < 0.15 then 'MIDDLE_INCOME'
                when s.status_end is not null then 'NOT_POOR' end as status_end
    from ranked r
    left join household_status_record s on s.household_id = r.id and s.year = 2021
), moved as (
    select j.*,
           case j.status_end
               when 'POOR' then case j.status_start when 'POOR' then 'REMAINED_POOR' when 'NEAR_POOR' then 'NEAR_POOR_TO_POOR' else 'NEWLY_POOR' end
               when 'NEAR_POOR' then case j.status_start when 'NEAR_POOR' then 'REMAINED_NEAR_POOR' when 'POOR' then 'POOR_TO_NEAR_POOR'
                                                         else 'NEWLY_NEAR_POOR' end
               else case j.status_start when 'POOR' then 'ESCAPED_POVERTY' when 'NEAR_POOR' then 'ESCAPED_NEAR_POVERTY' else 'NOT_ON_LIST' end
           end as transition
    from judged j
    where j.status_end is not null
)
select gen_random_uuid(), m.id, c.id, 2025, m.commune_code, m.status_start, m.status_end, m.transition, 'ND07_2021',
       date '2025-12-10', case when m.transition in ('ESCAPED_POVERTY', 'ESCAPED_NEAR_POVERTY', 'POOR_TO_NEAR_POOR') then date '2025-12-10' end,
       c.consolidated_at
from moved m
cross join (select id, consolidated_at from review_cycle where kind = 'PERIODIC' and year = 2025) c;

commit;
