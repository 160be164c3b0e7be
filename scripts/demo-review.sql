-- Demo state of the 2026 periodic review (Decision 24/2021/QĐ-TTg), on top of the demo households and their frozen
-- 2025 statuses: every commune except Thường Phước 1 (29956) has assessed, met, posted and decided; in 29956 every
-- case has been agreed by its hamlet's meeting except one applicant still waiting for the reviewer. Synthetic data:
-- the assessments hold decisions drawn from the household's facts, not real interviews.
-- Usage: psql -f scripts/demo-review.sql (after scripts/demo-data.sql). Does nothing when the 2026 cycle exists.
begin;

create temporary table demo_cycle on commit drop as
select gen_random_uuid() as id
where not exists (select 1 from review_cycle where kind = 'PERIODIC' and year = 2026);

insert into review_cycle (id, kind, year, month, standard_code, reference_date, opens_on, closes_on, state,
                          created_at, created_by, updated_at, updated_by)
select id, 'PERIODIC', 2026, null, 'ND07_2021', date '2026-09-01', date '2026-09-01', date '2026-12-14', 'OPEN',
       now(), 'demo-data', now(), 'demo-data'
from demo_cycle;

insert into commune_review (id, cycle_id, commune_code, stage, posted_from, posted_to, decision_number, decided_on, decided_by,
                            households_at_start, updated_at, updated_by)
select gen_random_uuid(), c.id, a.code,
       case when a.code = '29956' then 'ASSESSING' else 'DECIDED' end,
       case when a.code = '29956' then null else date '2026-10-24' end,
       case when a.code = '29956' then null else date '2026-10-28' end,
       case when a.code = '29956' then null else (100 + row_number() over (order by a.code)) || '/QĐ-UBND' end,
       case when a.code = '29956' then null else date '2026-11-10' end,
       case when a.code = '29956' then null else 'demo-data' end,
       (select count(*) from household h where h.commune_code = a.code and h.archived_at is null),
       now(), 'demo-data'
from demo_cycle c cross join area a
where a.level = 'COMMUNE';

-- 29956 always has an applicant: its poorest household that is on no list
create temporary table demo_first_applicant on commit drop as
select h.id from household h
where h.commune_code = '29956' and h.archived_at is null
  and not exists (select 1 from household_status_record s where s.household_id = h.id and s.status_end in ('POOR', 'NEAR_POOR'))
order by h.monthly_income_per_capita_vnd nulls last, h.id limit 1;

-- the list: households on the poor or near-poor list after 2025, plus about 1 in 60 of the others as applicants
create temporary table demo_case on commit drop as
select gen_random_uuid() as id, r.id as commune_review_id, r.cycle_id, h.id as household_id, h.hamlet_code, r.commune_code,
       coalesce(s.status_end, 'NOT_POOR') as status_start,
       case when s.status_end in ('POOR', 'NEAR_POOR') then 'LIST' else 'APPLICATION' end as origin,
       h.monthly_income_per_capita_vnd as income, a.area_type,
       abs(hashtext(h.id::text)) as hash
from household h
join commune_review r on r.commune_code = h.commune_code and r.cycle_id in (select id from demo_cycle)
join area a on a.code = h.commune_code
left join lateral (select status_end from household_status_record x where x.household_id = h.id
                   order by x.decided_on desc limit 1) s on true
where h.archived_at is null
  and (s.status_end in ('POOR', 'NEAR_POOR') or abs(hashtext(h.id::text)) % 60 = 0
       or h.id in (select id from demo_first_applicant));

-- the one case of 29956 still waiting: its poorest applicant
create temporary table demo_waiting on commit drop as
select id from demo_case where household_id in (select id from demo_first_applicant);

-- 2026 incomes: the 2025 figure grown by 0–40 %, so some households leave the lists
create temporary table demo_assessed on commit drop as
select c.*, (coalesce(c.income, 1200000) * (100 + c.hash % 41) / 100)::bigint as income_2026,
       case when c.hash % 7 < 3 then 1 else 0 end + (c.status_start = 'POOR')::int * 2 + (c.hash % 3 = 0)::int as deprivations
from demo_case c
where c.id not in (select id from demo_waiting);

-- Decree 07/2021: income at or below the line (1.5 M rural, 2 M urban) and 3+ deprivations = poor, fewer = near-poor
create temporary table demo_classified on commit drop as
select a.*, case
           when a.income_2026 <= case when a.area_type = 'URBAN' then 2000000 else 1500000 end
               then case when a.deprivations >= 3 then 'POOR' else 'NEAR_POOR' end
           else 'NOT_POOR' end as status
from demo_assessed a;

insert into review_case (id, commune_review_id, cycle_id, household_id, hamlet_code, origin, applied_on, status_start, state,
                         proposed_status, final_status, updated_at, updated_by)
select c.id, c.commune_review_id, c.cycle_id, c.household_id, c.hamlet_code, c.origin,
       case when c.origin = 'APPLICATION' then date '2026-09-05' + (c.hash % 20)::int end,
       c.status_start,
       case when k.id is null then 'LISTED' when c.commune_code = '29956' then 'AGREED' else 'DECIDED' end,
       k.status,
       case when k.id is not null and c.commune_code <> '29956' then k.status end,
       now(), 'demo-data'
from demo_case c left join demo_classified k on k.id = c.id;

with indicators as (
    select c.id, jsonb_agg(jsonb_build_object(
               'code', i.indicator_code,
               'proposed', case when i.position <= c.deprivations then 'DEPRIVED' else 'NOT_DEPRIVED' end,
               'rule', 'demo data',
               'evidence', '[]'::jsonb,
               'deprived', i.position <= c.deprivations,
               'overridden', false,
               'reason', null) order by i.position) as decisions
    from demo_classified c
    join lateral (
        -- which indicators: a rotation of the standard's list, so households differ
        select p.indicator_code, 1 + (p.position + c.hash) % 12 as position
        from poverty_standard_indicator p where p.standard_code = 'ND07_2021') i on true
    group by c.id
)
insert into review_assessment (id, case_id, assessed_on, assessed_by, reviewer_name, screening_passed,
                               monthly_income_per_capita_vnd, income_score, income_score_items, indicators,
                               deprivation_count, deprivation_score, status, standard_code, note, created_at)
select gen_random_uuid(), c.id, date '2026-09-10' + (c.hash % 25)::int, 'demo-data', 'Rà soát viên ' || (1 + c.hash % 9),
       case when c.origin = 'APPLICATION' then true end, c.income_2026, null, null, i.decisions,
       c.deprivations, c.deprivations * 10, c.status, 'ND07_2021', null, now()
from demo_classified c join indicators i on i.id = c.id;

-- one community meeting per hamlet with cases, on 12 October; most attendees agree
create temporary table demo_meeting on commit drop as
select gen_random_uuid() as id, c.commune_review_id, c.hamlet_code, 30 + abs(hashtext(c.hamlet_code)) % 16 as attendees
from demo_assessed c
group by c.commune_review_id, c.hamlet_code;

insert into review_meeting (id, commune_review_id, hamlet_code, held_on, chair_name, attendees, minutes_note, recorded_at, recorded_by)
select m.id, m.commune_review_id, m.hamlet_code, date '2026-10-12', 'Trưởng ấp ' || a.name, m.attendees,
       'Biên bản họp dân (dữ liệu mẫu)', now(), 'demo-data'
from demo_meeting m join area a on a.code = m.hamlet_code;

insert into review_vote (meeting_id, case_id, agree, proposed_status, agreed)
select m.id, c.id, m.attendees - (c.hash % 8), rc.proposed_status, true
from demo_assessed c
join demo_meeting m on m.commune_review_id = c.commune_review_id and m.hamlet_code = c.hamlet_code
join review_case rc on rc.id = c.id;

commit;
