-- Demo fulfilment of the entitlements the backend's rule engine granted to the demo households, so the
-- reconciliation board (coverage per commune, unfulfilled entitlements) has something to show. The entitlements
-- themselves are never written here: scripts/demo-data.sh asks the running backend to recompute every household
-- first (a queued entitlement_recompute job), and this script records what the offices did with them since:
--   * health-insurance cards issued by the Social Insurance office, from the start of the year the card covers; the
--     card number and expiry also go to the member's record, as the card write-back does;
--   * household loans (poor, near-poor, clean water and sanitation, …) asked for, approved, disbursed, and their
--     repayment, by the Social Policy Bank;
--   * vocational training: about 1 in 8 working-age people asks; most of them are on a course or have finished it,
--     and some of those found work after it.
-- Uptake differs per commune, so the board has communes at or near the 100 % target and communes far from it: most
-- cards and loans in 29962, 29974, 29980 and 29992, about half in 29956, 29971 and 29977, few in 29983, 29995 and
-- 29998. When the 2026 review is consolidated, the entitlements of households that left a list end while their card
-- is still valid or their loan unpaid: the board lists them as no longer entitled.
-- Usage: psql -f scripts/demo-benefits.sql (after the recompute). Does nothing when demo fulfilment exists.
begin;

-- per commune: of 100 entitlements, how many were asked for (loans) and how many fulfilled
create temporary table demo_uptake on commit drop as
select * from (values ('29962', 85, 95), ('29974', 80, 97), ('29980', 85, 90), ('29992', 75, 92),
                      ('29956', 60, 55), ('29971', 55, 50), ('29977', 50, 60),
                      ('29983', 35, 25), ('29995', 30, 20), ('29998', 40, 15)) as u(commune_code, requested, fulfilled);

create temporary table demo_target on commit drop as
select e.id, e.program_code, e.rule_code, p.kind, e.household_id, e.member_id, e.commune_code, e.valid_from, e.valid_to,
       e.amount_cap_vnd, abs(hashtext(e.id::text)) as hash, coalesce(u.requested, 50) as requested, coalesce(u.fulfilled, 50) as fulfilled
from entitlement e
join benefit_program p on p.code = e.program_code and p.kind in ('HEALTH_INSURANCE', 'LOAN', 'VOCATIONAL_TRAINING')
join household h on h.id = e.household_id and h.created_by = 'demo-data'
left join demo_uptake u on u.commune_code = e.commune_code
where e.state = 'ELIGIBLE'
  and not exists (select 1 from entitlement_event x where x.recorded_by = 'demo-data' and x.kind <> 'ELIGIBLE');

-- cards: the insurer issues them without an application, for the year the entitlement covers
create temporary table demo_card on commit drop as
select t.*, case t.rule_code when 'HI_POOR' then 'HN' when 'HI_NEAR_POOR' then 'CN' else 'GD' end
            || '487' || lpad((t.hash % 10000000000)::text, 10, '0') as card_number,
       greatest(t.valid_from, make_date(extract(year from least(current_date, coalesce(t.valid_to, current_date)))::int, 1, 1)) as card_from
from demo_target t
where t.kind = 'HEALTH_INSURANCE' and t.member_id is not null and t.hash % 100 < t.fulfilled
  and (t.valid_to is null or t.valid_to >= current_date);

update entitlement e set state = 'FULFILLED', card_number = c.card_number, card_valid_from = c.card_from, card_valid_to = c.valid_to,
                         updated_at = now(), updated_by = 'demo-data'
from demo_card c where e.id = c.id;

update household_member m set hi_card_number = c.card_number, hi_card_expiry = c.valid_to
from demo_card c where m.id = c.member_id;

-- loans: asked for, approved (ENROLLED), disbursed (FULFILLED), then repaid or overdue for some
create temporary table demo_loan on commit drop as
select t.*,
       case when t.hash % 100 >= t.requested then 'ELIGIBLE'
            when (t.hash / 100) % 100 < t.fulfilled then 'FULFILLED'
            when (t.hash / 10000) % 2 = 0 then 'ENROLLED'
            else 'REQUESTED' end as state,
       -- an amount in whole millions, within the rule's cap
       least(coalesce(t.amount_cap_vnd, 100000000), (10 + (t.hash / 1000) % 60) * 1000000)::bigint as amount_vnd,
       case when (t.hash / 7) % 10 = 0 then 'OVERDUE' when (t.hash / 7) % 10 = 1 then 'REPAID' end as repayment,
       -- the application some time after the decision, never later than a month ago
       least(current_date - 30, t.valid_from + 5 + ((t.hash / 13) % 300)::int) as requested_on
from demo_target t
where t.kind = 'LOAN';

update entitlement e set state = l.state, loan_amount_vnd = case when l.state in ('ENROLLED', 'FULFILLED') then l.amount_vnd end,
                         repayment_status = case when l.state = 'FULFILLED' then l.repayment end,
                         updated_at = now(), updated_by = 'demo-data'
from demo_loan l where e.id = l.id and l.state <> 'ELIGIBLE';

-- training: asked for (REQUESTED), on a course (ENROLLED), completed (FULFILLED), employed after it for some
create temporary table demo_course on commit drop as
select t.*, case when t.hash % 5 = 0 then 'REQUESTED' when t.hash % 5 = 1 then 'ENROLLED' else 'FULFILLED' end as state,
       t.hash % 3 <> 0 as employed,
       least(current_date - 60, t.valid_from + 10 + ((t.hash / 13) % 200)::int) as requested_on
from demo_target t
where t.kind = 'VOCATIONAL_TRAINING' and t.hash % 8 = 0;

update entitlement e set state = c.state, employed_after = case when c.state = 'FULFILLED' then c.employed end,
                         updated_at = now(), updated_by = 'demo-data'
from demo_course c where e.id = c.id;

-- the history, step by step, as the state machine records it
insert into entitlement_event (id, entitlement_id, kind, from_state, to_state, occurred_on, detail, recorded_at, recorded_by)
select gen_random_uuid(), id, 'FULFILLED', 'ELIGIBLE', 'FULFILLED', least(current_date, card_from + (hash % 20)::int),
       jsonb_build_object('cardValidFrom', card_from, 'cardValidTo', valid_to),
       least(current_date, card_from + (hash % 20)::int) + time '09:00', 'demo-data'
from demo_card
union all
select gen_random_uuid(), id, 'REQUESTED', 'ELIGIBLE', 'REQUESTED', requested_on, '{}', requested_on + time '09:00', 'demo-data'
from demo_loan where state in ('REQUESTED', 'ENROLLED', 'FULFILLED')
union all
select gen_random_uuid(), id, 'ENROLLED', 'REQUESTED', 'ENROLLED', requested_on + 10, jsonb_build_object('amountVnd', amount_vnd),
       requested_on + 10 + time '09:00', 'demo-data'
from demo_loan where state in ('ENROLLED', 'FULFILLED')
union all
select gen_random_uuid(), id, 'FULFILLED', 'ENROLLED', 'FULFILLED', requested_on + 20, jsonb_build_object('amountVnd', amount_vnd),
       requested_on + 20 + time '09:00', 'demo-data'
from demo_loan where state = 'FULFILLED'
union all
select gen_random_uuid(), id, 'REPAYMENT', 'FULFILLED', 'FULFILLED', least(current_date, requested_on + 25),
       jsonb_build_object('repaymentStatus', repayment), least(current_date, requested_on + 25) + time '09:00', 'demo-data'
from demo_loan where state = 'FULFILLED' and repayment is not null
union all
select gen_random_uuid(), id, 'REQUESTED', 'ELIGIBLE', 'REQUESTED', requested_on, '{}', requested_on + time '09:00', 'demo-data'
from demo_course
union all
select gen_random_uuid(), id, 'ENROLLED', 'REQUESTED', 'ENROLLED', requested_on + 14, '{}', requested_on + 14 + time '09:00', 'demo-data'
from demo_course where state in ('ENROLLED', 'FULFILLED')
union all
select gen_random_uuid(), id, 'FULFILLED', 'ENROLLED', 'FULFILLED', requested_on + 44, '{}', requested_on + 44 + time '09:00', 'demo-data'
from demo_course where state = 'FULFILLED'
union all
select gen_random_uuid(), id, 'EMPLOYED', 'FULFILLED', 'FULFILLED', requested_on + 59, '{}', requested_on + 59 + time '09:00', 'demo-data'
from demo_course where state = 'FULFILLED' and employed;

commit;
analyze entitlement;
analyze entitlement_event;
select program_code, state, count(*) from entitlement e join household h on h.id = e.household_id and h.created_by = 'demo-data'
group by 1, 2 order by 1, 2;
