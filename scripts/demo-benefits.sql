-- Demo entitlements and their fulfilment, on top of the frozen statuses of scripts/demo-data.sql, so the
-- reconciliation board (coverage per commune, unfulfilled entitlements) has something to show.
--
-- Entitlements are made by the backend's rule engine when a status is frozen or a household changes. The demo
-- statuses are written by psql after the backend started, so no such event reaches it. This script writes what a
-- recompute run today would grant to the demo households and nothing else, in the same shape (an ELIGIBLE event,
-- the change number from the entitlement trigger), so a later recompute keeps every row and only adds the grants
-- left out here:
--   * household loans whose rules ask nothing of the members: LOAN_POOR (poor list), LOAN_NEAR_POOR (near-poor list),
--     LOAN_WATER_SANITATION (both lists), valid from the decision with no end (UNTIL_NEXT_STATUS);
--   * not health insurance: its cards run to the end of the year after the decision (TO_END_OF_NEXT_YEAR), and the
--     latest frozen demo statuses were decided on 10/12/2021, so no card entitlement is in force today. They appear
--     when a review of the current period is consolidated.
-- Fulfilment differs per commune, so the board has communes near the 100 % target and communes far from it: the
-- Social Policy Bank disbursed most requested loans in 29962, 29974, 29980 and 29992, about half in 29956, 29971
-- and 29977, few in 29983, 29995 and 29998. Steps are dated between 2022 and the day the script runs. When the 2022
-- review is consolidated, the loans of households that left a list end while still unpaid: the board lists them as
-- no longer entitled (on 3,000 households: 28 of them, across the three programs).
-- Usage: psql -f scripts/demo-benefits.sql (after demo-data.sql). Does nothing when demo entitlements exist.
begin;

create temporary table demo_grant on commit drop as
select gen_random_uuid() as id, r.code as rule_code, r.program_code, r.amount_cap_vnd, s.household_id, s.id as status_record_id,
       s.commune_code, s.decided_on, s.frozen_at, abs(hashtext(s.household_id::text || r.code)) as hash
from household_status_record s
join household h on h.id = s.household_id and h.archived_at is null and h.created_by = 'demo-data'
join benefit_rule r on r.derived and r.target = 'HOUSEHOLD'
                   and r.code in ('LOAN_POOR', 'LOAN_NEAR_POOR', 'LOAN_WATER_SANITATION')
                   and s.status_end = any (r.statuses)
                   and r.valid_from <= current_date and (r.valid_to is null or r.valid_to >= current_date)
where s.id = (select x.id from household_status_record x where x.household_id = s.household_id
              order by x.decided_on desc, x.frozen_at desc limit 1)
  and not exists (select 1 from entitlement e where e.created_by = 'demo-data');

-- per commune: the share of households that asked (out of 100) and of requests disbursed
create temporary table demo_uptake on commit drop as
select * from (values ('29962', 85, 90), ('29974', 80, 95), ('29980', 85, 85), ('29992', 75, 90),
                      ('29956', 60, 55), ('29971', 55, 50), ('29977', 50, 60),
                      ('29983', 35, 20), ('29995', 30, 15), ('29998', 40, 10)) as u(commune_code, requested, disbursed);

create temporary table demo_step on commit drop as
select g.*,
       case when g.hash % 100 >= coalesce(u.requested, 50) then 'ELIGIBLE'
            when (g.hash / 100) % 100 < coalesce(u.disbursed, 50) then 'FULFILLED'
            when (g.hash / 10000) % 2 = 0 then 'ENROLLED'
            else 'REQUESTED' end as state,
       -- an amount in whole millions, within the rule's cap
       least(g.amount_cap_vnd, (10 + (g.hash / 1000) % 60) * 1000000)::bigint as amount_vnd,
       case when (g.hash / 7) % 10 = 0 then 'OVERDUE' when (g.hash / 7) % 10 = 1 then 'REPAID' else null end as repayment,
       -- the application some time after the decision, never after today
       least(current_date - 30, date '2022-02-01' + ((g.hash / 13) % 1200)::int) as requested_on
from demo_grant g left join demo_uptake u on u.commune_code = g.commune_code;

insert into entitlement (id, program_code, rule_code, household_id, member_id, person_id, commune_code, status_record_id,
                         support_rate_percent, amount_cap_vnd, monthly_amount_vnd, valid_from, valid_to, state, loan_amount_vnd,
                         repayment_status, created_at, created_by, updated_at, updated_by)
select id, program_code, rule_code, household_id, null, null, commune_code, status_record_id, null, amount_cap_vnd, null, decided_on, null,
       state, case when state in ('ENROLLED', 'FULFILLED') then amount_vnd end,
       case when state = 'FULFILLED' then repayment end, frozen_at, 'demo-data', now(), 'demo-data'
from demo_step;

-- the history, step by step, as the state machine records it
insert into entitlement_event (id, entitlement_id, kind, from_state, to_state, occurred_on, detail, recorded_at, recorded_by)
select gen_random_uuid(), id, 'ELIGIBLE', null, 'ELIGIBLE', frozen_at::date, jsonb_build_object('rule', rule_code), frozen_at, 'demo-data'
from demo_step
union all
select gen_random_uuid(), id, 'REQUESTED', 'ELIGIBLE', 'REQUESTED', requested_on, '{}', requested_on + time '09:00', 'demo-data'
from demo_step where state in ('REQUESTED', 'ENROLLED', 'FULFILLED')
union all
select gen_random_uuid(), id, 'ENROLLED', 'REQUESTED', 'ENROLLED', requested_on + 10, jsonb_build_object('amountVnd', amount_vnd),
       requested_on + 10 + time '09:00', 'demo-data'
from demo_step where state in ('ENROLLED', 'FULFILLED')
union all
select gen_random_uuid(), id, 'FULFILLED', 'ENROLLED', 'FULFILLED', requested_on + 20, jsonb_build_object('amountVnd', amount_vnd),
       requested_on + 20 + time '09:00', 'demo-data'
from demo_step where state = 'FULFILLED'
union all
select gen_random_uuid(), id, 'REPAYMENT', 'FULFILLED', 'FULFILLED', least(current_date, requested_on + 380),
       jsonb_build_object('repaymentStatus', repayment), least(current_date, requested_on + 380) + time '09:00', 'demo-data'
from demo_step where state = 'FULFILLED' and repayment is not null;

insert into audit_event (occurred_at, actor, kind, action, entity_type, entity_id, household_id, commune_code, purpose, details)
select min(frozen_at), 'demo-data', 'WRITE', 'ENTITLEMENTS_RECOMPUTED', 'ENTITLEMENT', household_id::text, household_id, min(commune_code),
       'synthetic demo data', jsonb_build_object('why', 'demo data', 'created', count(*))
from demo_step group by household_id;

commit;
analyze entitlement;
analyze entitlement_event;
select program_code, state, count(*) from entitlement where created_by = 'demo-data' group by 1, 2 order by 1, 2;
