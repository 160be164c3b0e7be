-- Demo state of program monitoring, on top of the demo households, their frozen 2025 statuses, the 2026 review and
-- the entitlements of scripts/demo-benefits.sql: the current year's 6-month report period (due 10 June), created once:
-- some units have reported (accepted, submitted, one late), Long Khánh A (29980) was returned with a comment, Thường
-- Phước 1 (29956) waits for the standing office, others have not reported at all.
-- Synthetic data; the figures units "typed" are the registry's, except where a difference is meant to show.
-- Usage: psql -f scripts/demo-monitoring.sql (after scripts/demo-data.sql, demo-review.sql and demo-benefits.sql).
begin;

-- ---- the current year's 6-month report -----------------------------------------------------------------------
create temporary table demo_period on commit drop as
select gen_random_uuid() as id, extract(year from current_date)::int as year
where not exists (select 1 from report_period where kind = 'SIX_MONTH' and year = extract(year from current_date)::int);

insert into report_period (id, kind, year, title, covers_from, covers_to, due_on, unit_codes, created_at, created_by)
select p.id, 'SIX_MONTH', p.year, 'Báo cáo 6 tháng đầu năm ' || p.year || ' thực hiện Chương trình MTQG giảm nghèo bền vững',
       make_date(p.year, 1, 1), make_date(p.year, 6, 30), make_date(p.year, 6, 10),
       (select array_agg(code order by position) from reporting_unit where active), make_date(p.year, 5, 15)::timestamptz, 'huyen.lan'
from demo_period p;

-- the registry's figures per commune: today's households, the statuses frozen by the latest consolidated review
create temporary table demo_registry on commit drop as
with latest as (
    select id from review_cycle where kind = 'PERIODIC' and state = 'CONSOLIDATED' order by year desc limit 1
), hh as (
    select commune_code, count(*) as households from household where archived_at is null group by 1
), st as (
    select s.commune_code,
           count(*) filter (where s.status_end = 'POOR') as poor,
           count(*) filter (where s.status_end = 'NEAR_POOR') as near_poor,
           count(*) filter (where s.transition in ('ESCAPED_POVERTY', 'POOR_TO_NEAR_POOR')) as escaped,
           count(*) filter (where s.transition = 'ESCAPED_NEAR_POVERTY') as escaped_near,
           count(*) filter (where s.transition = 'NEWLY_POOR') as newly_poor,
           count(*) filter (where s.transition = 'NEWLY_NEAR_POOR') as newly_near_poor,
           count(*) filter (where s.transition = 'RE_POOR') as re_poor
    from household_status_record s where s.cycle_id in (select id from latest) group by 1
), de as (
    select e.commune_code,
           count(*) filter (where e.program_code = 'HEALTH_INSURANCE') as hi,
           count(*) filter (where e.program_code = 'HEALTH_INSURANCE' and e.state = 'FULFILLED') as hi_issued,
           count(*) filter (where e.program_code like 'LOAN%' and e.state in ('REQUESTED', 'ENROLLED', 'FULFILLED')) as loan_requests,
           count(*) filter (where e.program_code like 'LOAN%' and e.state = 'FULFILLED') as borrowers,
           coalesce(sum(e.loan_amount_vnd) filter (where e.program_code like 'LOAN%' and e.state = 'FULFILLED'), 0) as disbursed,
           count(*) filter (where e.program_code = 'VOCATIONAL_TRAINING' and e.state in ('REQUESTED', 'ENROLLED', 'FULFILLED')) as vt_requests,
           count(*) filter (where e.program_code = 'VOCATIONAL_TRAINING' and e.state in ('ENROLLED', 'FULFILLED')) as trainees
    from entitlement e where e.state in ('ELIGIBLE', 'REQUESTED', 'ENROLLED', 'FULFILLED') group by 1
)
select 'XA-' || hh.commune_code as unit_code, jsonb_build_object(
           'HOUSEHOLDS', hh.households,
           'POOR_HOUSEHOLDS', coalesce(st.poor, 0),
           'POOR_RATE', round(coalesce(st.poor, 0) * 100.0 / hh.households, 2),
           'NEAR_POOR_HOUSEHOLDS', coalesce(st.near_poor, 0),
           'NEAR_POOR_RATE', round(coalesce(st.near_poor, 0) * 100.0 / hh.households, 2),
           'ESCAPED_POVERTY', coalesce(st.escaped, 0), 'ESCAPED_NEAR_POVERTY', coalesce(st.escaped_near, 0),
           'NEWLY_POOR', coalesce(st.newly_poor, 0), 'NEWLY_NEAR_POOR', coalesce(st.newly_near_poor, 0), 'RE_POOR', coalesce(st.re_poor, 0),
           'HI_ENTITLED', coalesce(de.hi, 0), 'HI_CARDS_ISSUED', coalesce(de.hi_issued, 0),
           'LOAN_REQUESTS', coalesce(de.loan_requests, 0), 'LOAN_BORROWERS', coalesce(de.borrowers, 0),
           'LOAN_DISBURSED_VND', coalesce(de.disbursed, 0),
           'TRAINING_REQUESTS', coalesce(de.vt_requests, 0), 'TRAINEES', coalesce(de.trainees, 0)) as registry
from hh left join st using (commune_code) left join de using (commune_code);

-- departments report district totals of their own field
insert into demo_registry
select 'NHCSXH', jsonb_build_object('LOAN_REQUESTS', sum((registry ->> 'LOAN_REQUESTS')::bigint),
                                    'LOAN_BORROWERS', sum((registry ->> 'LOAN_BORROWERS')::bigint),
                                    'LOAN_DISBURSED_VND', sum((registry ->> 'LOAN_DISBURSED_VND')::bigint))
from demo_registry
union all
select 'BHXH', jsonb_build_object('HI_ENTITLED', sum((registry ->> 'HI_ENTITLED')::bigint),
                                  'HI_CARDS_ISSUED', sum((registry ->> 'HI_CARDS_ISSUED')::bigint))
from demo_registry where unit_code like 'XA-%'
union all
select 'YTE', '{}'::jsonb;

-- who has reported what: state, hand-in day (relative to the 10 June due date), a difference from the registry
create temporary table demo_sub on commit drop as
select gen_random_uuid() as id, p.id as period_id, p.year, s.unit_code, s.state, s.submitted_day, s.returned_day, s.accepted_day,
       s.typed_extra, s.activities, s.results, s.difficulties, s.proposals, s.budget, r.registry
from demo_period p
cross join (values
    ('XA-29962', 'ACCEPTED',    5,    null, 12,   '{}'::jsonb, '{"JOB_PLACEMENTS": 35, "LIVELIHOOD_MODELS": 2, "LIVELIHOOD_PARTICIPANTS": 24, "COMMUNICATION_EVENTS": 6, "CAPACITY_TRAINEES": 18}'::jsonb,
     'Hoàn thành rà soát, hỗ trợ 2 mô hình chăn nuôi bò sinh sản cho 24 hộ.', 'Một số hộ nghèo không có lao động, khó thoát nghèo.', 'Đề nghị tăng vốn vay hộ cận nghèo.',
     '[{"projectCode": "P2", "sourceCode": "NTP_POVERTY", "allocatedVnd": 320000000, "disbursedVnd": 210000000}, {"projectCode": "P6.2", "sourceCode": "NTP_POVERTY", "allocatedVnd": 40000000, "disbursedVnd": 25000000}]'::jsonb),
    ('XA-29971', 'ACCEPTED',    9,    null, 13,   '{}'::jsonb, '{"JOB_PLACEMENTS": 52, "COMMUNICATION_EVENTS": 9, "CAPACITY_TRAINEES": 21}'::jsonb,
     'Giới thiệu việc làm cho 52 lao động; 9 buổi truyền thông tại các khóm.', 'Lao động phổ thông khó tìm việc ổn định.', 'Mở thêm lớp nghề ngắn hạn tại thị trấn.',
     '[{"projectCode": "P4.3", "sourceCode": "NTP_POVERTY", "allocatedVnd": 150000000, "disbursedVnd": 90000000}]'::jsonb),
    ('XA-29974', 'SUBMITTED',   10,   null, null, '{}'::jsonb, '{"JOB_PLACEMENTS": 28, "LIVELIHOOD_MODELS": 1, "LIVELIHOOD_PARTICIPANTS": 10}'::jsonb,
     'Hỗ trợ 1 mô hình trồng rau an toàn.', 'Giá vật tư nông nghiệp tăng.', 'Hỗ trợ thêm giống cây trồng.',
     '[{"projectCode": "P3.1", "sourceCode": "NTP_NEW_RURAL", "allocatedVnd": 120000000, "disbursedVnd": 60000000}]'::jsonb),
    ('XA-29980', 'RETURNED',    8,    15,   null, '{"NEAR_POOR_HOUSEHOLDS": 3}'::jsonb, '{"JOB_PLACEMENTS": 30}'::jsonb,
     'Tổ chức họp dân tại 6 ấp.', null, null, '[]'::jsonb),
    ('XA-29956', 'SUBMITTED',   9,    null, null, '{"POOR_HOUSEHOLDS": 2}'::jsonb, '{"JOB_PLACEMENTS": 41, "COMMUNICATION_EVENTS": 4}'::jsonb,
     'Vận động 100% hộ cận nghèo tham gia bảo hiểm y tế.', 'Thiếu cán bộ chuyên trách.', 'Đề nghị bổ sung kinh phí truyền thông.',
     '[{"projectCode": "P6.2", "sourceCode": "NTP_POVERTY", "allocatedVnd": 30000000, "disbursedVnd": 12000000}]'::jsonb),
    ('XA-29977', 'DRAFT',       null, null, null, '{}'::jsonb, '{}'::jsonb, null, null, null, '[]'::jsonb),
    ('NHCSXH',   'ACCEPTED',    7,    null, 12,   '{}'::jsonb, '{}'::jsonb,
     'Giải ngân cho vay hộ nghèo, cận nghèo theo kế hoạch.', 'Nguồn vốn cân đối từ ngân sách địa phương còn ít.', 'Ủy thác thêm vốn từ ngân sách huyện.',
     '[{"projectCode": "P2", "sourceCode": "SOCIAL_POLICY_BANK", "allocatedVnd": 5000000000, "disbursedVnd": 3800000000}]'::jsonb),
    ('BHXH',     'SUBMITTED',   12,   null, null, '{}'::jsonb, '{}'::jsonb,
     'Cấp thẻ BHYT cho người thuộc hộ nghèo, cận nghèo.', 'Danh sách thay đổi chậm.', 'Xã gửi danh sách điều chỉnh hằng tháng.', '[]'::jsonb),
    ('YTE',      'SUBMITTED',   10,   null, null, '{}'::jsonb, '{"CHILDREN_SCREENED": 410, "CHILDREN_MALNOURISHED": 37}'::jsonb,
     'Theo dõi dinh dưỡng trẻ em dưới 16 tuổi thuộc hộ nghèo, cận nghèo.', null, 'Bổ sung vi chất cho trẻ suy dinh dưỡng.',
     '[{"projectCode": "P3.2", "sourceCode": "NTP_POVERTY", "allocatedVnd": 180000000, "disbursedVnd": 70000000}]'::jsonb)
) as s(unit_code, state, submitted_day, returned_day, accepted_day, typed_extra, activities, results, difficulties, proposals, budget)
join demo_registry r on r.unit_code = s.unit_code;

insert into report_submission (id, period_id, unit_code, state, content, registry, registry_basis, first_submitted_at, last_submitted_at,
                               return_comment, returned_at, returned_by, accepted_at, accepted_by, created_at, created_by, updated_at, updated_by)
select s.id, s.period_id, s.unit_code, s.state,
       jsonb_build_object('indicators', s.registry || s.activities || s.typed_extra,
                          'narratives', jsonb_build_object('results', s.results, 'difficulties', s.difficulties, 'proposals', s.proposals),
                          'budget', s.budget),
       s.registry,
       'Sổ hộ: tình trạng đã chốt của kỳ rà soát năm ' || (select max(year) from review_cycle where kind = 'PERIODIC' and state = 'CONSOLIDATED')
           || '; chính sách đang hưởng đến ngày ' || to_char(make_date(s.year, 6, 1), 'DD/MM/YYYY'),
       case when s.submitted_day is not null then make_timestamptz(s.year, 6, s.submitted_day, 9, 30, 0, 'Asia/Ho_Chi_Minh') end,
       case when s.submitted_day is not null then make_timestamptz(s.year, 6, s.submitted_day, 9, 30, 0, 'Asia/Ho_Chi_Minh') end,
       case when s.state = 'RETURNED' then 'Số hộ cận nghèo chưa khớp với sổ hộ; đề nghị xã rà soát lại và gửi lại báo cáo.' end,
       case when s.returned_day is not null then make_timestamptz(s.year, 6, s.returned_day, 14, 0, 0, 'Asia/Ho_Chi_Minh') end,
       case when s.returned_day is not null then 'huyen.lan' end,
       case when s.accepted_day is not null then make_timestamptz(s.year, 6, s.accepted_day, 15, 0, 0, 'Asia/Ho_Chi_Minh') end,
       case when s.accepted_day is not null then 'huyen.lan' end,
       make_timestamptz(s.year, 6, 1, 8, 0, 0, 'Asia/Ho_Chi_Minh'), 'demo-data', now(), 'demo-data'
from demo_sub s;

-- what each unit handed in, and the workflow's steps
insert into report_submission_version (id, submission_id, number, content, registry, submitted_at, submitted_by)
select gen_random_uuid(), r.id, 1, r.content, r.registry, r.first_submitted_at, 'demo-data'
from report_submission r join demo_sub s on s.id = r.id where r.first_submitted_at is not null;

insert into report_submission_event (id, submission_id, action, from_state, to_state, comment, occurred_at, actor)
select gen_random_uuid(), r.id, 'CREATE', null, 'DRAFT', null, r.created_at, 'demo-data'
from report_submission r join demo_sub s on s.id = r.id
union all
select gen_random_uuid(), r.id, 'SUBMIT', 'DRAFT', 'SUBMITTED', null, r.first_submitted_at, 'demo-data'
from report_submission r join demo_sub s on s.id = r.id where r.first_submitted_at is not null
union all
select gen_random_uuid(), r.id, 'RETURN', 'SUBMITTED', 'RETURNED', r.return_comment, r.returned_at, 'huyen.lan'
from report_submission r join demo_sub s on s.id = r.id where r.returned_at is not null
union all
select gen_random_uuid(), r.id, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', null, r.accepted_at, 'huyen.lan'
from report_submission r join demo_sub s on s.id = r.id where r.accepted_at is not null;

commit;
analyze entitlement;
