-- Synthetic demo households for the 10 communes of Hồng Ngự district. Never real people: names are drawn
-- from common Vietnamese family, middle and given names; citizen ids are structurally valid (province 087,
-- century/sex digit, birth year) but invented. Usage: psql -v size=3000 -f scripts/demo-data.sql
-- Appends: running it again adds more households with fresh codes and citizen ids.
\set ON_ERROR_STOP on
begin;
select setseed(0.2022) \g /dev/null

create temporary table demo_hh on commit drop as
with base as (
    select n,
           random() as r_commune, random() as r_hamlet, random() as r_size, random() as r_z1, random() as r_z2,
           random() as r_house, random() as r_water, random() as r_latrine, random() as r_tel, random() as r_area
    from generate_series(1, :size) as n
), communes as (
    -- weights roughly follow population; the township is the smallest unit
    select * from (values
        ('29956', 0.00, 0.11), ('29962', 0.11, 0.22), ('29971', 0.22, 0.30), ('29974', 0.30, 0.41), ('29977', 0.41, 0.52),
        ('29980', 0.52, 0.63), ('29983', 0.63, 0.74), ('29992', 0.74, 0.84), ('29995', 0.84, 0.92), ('29998', 0.92, 1.01)
    ) as c(code, lo, hi)
)
select b.n,
       gen_random_uuid() as id,
       c.code as commune_code,
       (a.area_type = 'URBAN') as urban,
       c.code || '-' || lpad((1 + floor(b.r_hamlet * (case when a.area_type = 'URBAN' then 5 else 6 end)))::int::text, 2, '0') as hamlet_code,
       -- household size 1..7, mean about 3.6
       case when b.r_size < 0.08 then 1 when b.r_size < 0.22 then 2 when b.r_size < 0.45 then 3 when b.r_size < 0.72 then 4
            when b.r_size < 0.88 then 5 when b.r_size < 0.96 then 6 else 7 end as size,
       -- log-normal income per person and month: about 6-7 % fall at or below the poverty line
       round(exp(ln(case when a.area_type = 'URBAN' then 4500000 else 3500000 end)
                 + 0.55 * sqrt(-2 * ln(greatest(b.r_z1, 1e-9))) * cos(2 * pi() * b.r_z2)) / 10000) * 10000 as income,
       b.r_house, b.r_water, b.r_latrine, b.r_tel, b.r_area
from base b
join communes c on b.r_commune >= c.lo and b.r_commune < c.hi
join area a on a.code = c.code;

-- lower incomes go with poorer housing, so the deprivation indicators correlate with income as in the field
insert into household (id, code, commune_code, hamlet_code, address, phone, monthly_income_per_capita_vnd, floor_area_m2,
                       wall_material, column_material, roof_material, water_source, latrine_type, uses_telecom,
                       hears_loudspeaker, devices, head_name, member_count, created_at, created_by, updated_at, updated_by, version)
select h.id,
       -- at least six digits, like HouseholdRepository.nextCode (lpad would cut off a seventh)
       h.commune_code || '-' || regexp_replace(to_char(nextval('household_code_seq'), 'FM000000000000'), '^0*(\d{6,})$', '\1'),
       h.commune_code, h.hamlet_code,
       'Số ' || (1 + floor(random() * 250))::int || ', tổ ' || (1 + floor(random() * 12))::int,
       case when random() < 0.8 then '09' || lpad(floor(random() * 100000000)::bigint::text, 8, '0') end,
       h.income,
       round((h.size * (case when p.poorish then 5 + h.r_area * 10 else 9 + h.r_area * 20 end))::numeric, 1),
       case when p.poorish and h.r_house < 0.5 then 'SOFTWOOD_PLANKS' when p.poorish and h.r_house < 0.65 then 'BAMBOO_LEAVES' else 'BRICK_STONE' end,
       case when p.poorish and h.r_house < 0.45 then 'SOFTWOOD_PLANKS' else 'REINFORCED_CONCRETE' end,
       case when p.poorish and h.r_house < 0.4 then 'BAMBOO_LEAVES' else 'METAL_SHEET' end,
       case when h.r_water < (case when p.poorish then 0.25 else 0.05 end) then 'SURFACE_WATER'
            when h.r_water < 0.35 then 'DRILLED_WELL' else 'PIPED' end,
       case when h.r_latrine < (case when p.poorish then 0.35 else 0.06 end) then 'FISH_POND'
            when h.r_latrine < 0.5 then 'SEMI_SEPTIC' else 'SEPTIC' end,
       h.r_tel >= (case when p.poorish then 0.2 else 0.02 end),
       random() < 0.9,
       case when h.r_tel < (case when p.poorish then 0.1 else 0.01 end) then '{}'::varchar[]
            when h.r_tel < 0.5 then '{SMARTPHONE,TV}'::varchar[] else '{COMPUTER,SMARTPHONE,TV}'::varchar[] end,
       '', h.size,
       now() - (random() * interval '400 days'), 'demo-data', now() - (random() * interval '200 days'), 'demo-data', 0
from demo_hh h
cross join lateral (select h.income <= (case when h.urban then 2000000 else 1500000 end) * 1.3 as poorish) p;

create temporary table demo_member on commit drop as
with slots as (
    select h.id as household_id, h.commune_code, h.income, h.urban, h.size, s.pos,
           random() as r_sex, random() as r_fam, random() as r_mid, random() as r_given, random() as r_age, random() as r_job,
           random() as r_edu, random() as r_dis, random() as r_eth, random() as r_card
    from demo_hh h
    cross join lateral generate_series(1, h.size) as s(pos)
), heads as (
    select household_id, r_sex < 0.75 as head_male, 25 + floor(r_age * 50)::int as head_age,
           (array['Nguyễn','Nguyễn','Nguyễn','Trần','Trần','Lê','Lê','Phạm','Huỳnh','Võ','Phan','Trương','Bùi','Đặng','Đỗ','Ngô','Hồ','Dương','Lý','Đinh'])[1 + floor(r_fam * 20)::int] as family
    from slots where pos = 1
)
select s.*, hd.head_male, hd.head_age, hd.family,
       case when s.pos = 1 then 'HEAD'
            when s.pos = 2 and s.size >= 2 and s.r_sex < 0.85 then 'SPOUSE'
            when s.pos = s.size and s.size >= 5 and hd.head_age < 55 then 'PARENT'
            when hd.head_age >= 60 and s.pos >= 4 then 'GRANDCHILD'
            else 'CHILD' end as relationship
from slots s join heads hd using (household_id);

create temporary table demo_person on commit drop as
select m.*,
       case relationship
           when 'HEAD' then head_male
           when 'SPOUSE' then not head_male
           else r_sex < 0.51 end as male,
       case relationship
           when 'HEAD' then head_age
           when 'SPOUSE' then greatest(18, head_age - 3 + floor(r_age * 7)::int)
           when 'PARENT' then head_age + 22 + floor(r_age * 10)::int
           when 'GRANDCHILD' then floor(r_age * greatest(1, head_age - 45))::int
           else floor(r_age * greatest(1, least(30, head_age - 19)))::int end as age
from demo_member m;

create temporary table demo_final on commit drop as
select p.*,
       (current_date - (p.age * 365 + floor(random() * 365))::int) as dob
from demo_person p;

-- citizen ids: serials continue after the highest one already used for the same century/sex digit and birth year
create temporary table demo_ids on commit drop as
with keyed as (
    select f.household_id, f.pos,
           ((extract(year from f.dob)::int / 100 - 19) * 2 + case when f.male then 0 else 1 end)::text
               || lpad((extract(year from f.dob)::int % 100)::text, 2, '0') as grp
    from demo_final f
), used as (
    select substr(citizen_id, 4, 3) as grp, max(substr(citizen_id, 7, 6)::int) as top
    from household_member where citizen_id like '087%' group by 1
)
select k.household_id, k.pos,
       '087' || k.grp || lpad((coalesce(u.top, 0) + row_number() over (partition by k.grp order by k.household_id, k.pos))::text, 6, '0') as citizen_id
from keyed k left join used u using (grp);

insert into household_member (id, person_id, household_id, full_name, date_of_birth, sex, relationship, citizen_id, ethnicity,
                              disability, school_attendance, education_level, employment, labour_contract, hi_card_number,
                              hi_card_expiry, joined_on, join_reason, active)
select gen_random_uuid(), gen_random_uuid(), f.household_id,
       (case when f.relationship in ('SPOUSE', 'PARENT')
             then (array['Nguyễn','Trần','Lê','Phạm','Huỳnh','Võ','Phan','Trương','Bùi','Đặng'])[1 + floor(f.r_fam * 10)::int]
             else f.family end)
       || ' ' || (case when f.male then (array['Văn','Văn','Văn','Hữu','Minh','Quốc','Thanh','Công','Đức','Hoàng'])[1 + floor(f.r_mid * 10)::int]
                       else (array['Thị','Thị','Thị','Ngọc','Thanh','Kim','Mỹ','Thu','Bích','Hồng'])[1 + floor(f.r_mid * 10)::int] end)
       || ' ' || (case when f.male then (array['An','Bình','Cường','Dũng','Đông','Giàu','Hải','Hùng','Khang','Khoa','Lâm','Lộc','Minh','Nam','Phúc','Quang','Sang','Tài','Thành','Trí','Tuấn','Út','Vinh','Tâm','Hiếu'])[1 + floor(f.r_given * 25)::int]
                       else (array['An','Anh','Bích','Châu','Diễm','Duyên','Hà','Hạnh','Hoa','Hương','Hường','Lan','Liên','Loan','Mai','My','Nga','Ngọc','Nhung','Oanh','Phượng','Quyên','Thảo','Trang','Xuân'])[1 + floor(f.r_given * 25)::int] end),
       f.dob,
       case when f.male then 'MALE' else 'FEMALE' end,
       f.relationship,
       case when f.age >= 1 then i.citizen_id end,
       case when f.r_eth < 0.985 then 'KINH' when f.r_eth < 0.992 then 'KHMER' when f.r_eth < 0.998 then 'HOA' else 'CHAM' end,
       case when f.r_dis < 0.97 then 'NONE' when f.r_dis < 0.99 then 'MILD' when f.r_dis < 0.997 then 'SEVERE' else 'EXTREMELY_SEVERE' end,
       case when f.age between 3 and 15 then case when f.r_edu < 0.96 then 'ATTENDING' else 'NOT_ATTENDING' end
            when f.age between 16 and 22 then case when f.r_edu < 0.55 then 'ATTENDING' else 'NOT_ATTENDING' end
            else 'NOT_APPLICABLE' end,
       case when f.age < 11 then 'NONE' when f.age < 15 then 'PRIMARY'
            when f.age < 18 or f.r_edu < 0.35 then 'LOWER_SECONDARY' when f.r_edu < 0.7 then 'UPPER_SECONDARY'
            when f.r_edu < 0.85 then 'VOCATIONAL_ELEMENTARY' when f.r_edu < 0.93 then 'COLLEGE' else 'UNIVERSITY' end,
       case when f.age < 15 then 'STUDENT' when f.age < 18 then case when f.r_job < 0.7 then 'STUDENT' else 'SELF_EMPLOYED' end
            when f.age >= 62 then case when f.r_job < 0.3 then 'RETIRED' when f.r_job < 0.7 then 'NOT_IN_LABOUR_FORCE' else 'SELF_EMPLOYED' end
            when f.r_job < 0.04 then 'UNEMPLOYED' when f.r_job < 0.50 then 'SELF_EMPLOYED'
            when f.r_job < 0.85 then 'EMPLOYED_WAGE' else 'NOT_IN_LABOUR_FORCE' end,
       case when f.age between 18 and 61 and f.r_job >= 0.50 and f.r_job < 0.85
            then case when f.r_job < 0.62 then 'NONE' when f.r_job < 0.75 then 'FIXED_TERM' else 'INDEFINITE' end
            else 'NOT_APPLICABLE' end,
       case when f.r_card < (case when f.income <= (case when f.urban then 2000000 else 1500000 end) then 0.93 else 0.86 end)
            then (case when f.income <= (case when f.urban then 2000000 else 1500000 end) then 'HN' else 'GD' end)
                 || '487' || lpad(floor(random() * 1e10)::bigint::text, 10, '0') end,
       case when f.r_card < (case when f.income <= (case when f.urban then 2000000 else 1500000 end) then 0.93 else 0.86 end)
            then case when f.r_card < 0.8 then make_date(extract(year from current_date)::int, 12, 31)
                      else current_date - 30 - floor(random() * 300)::int end end,
       greatest(f.dob, current_date - (f.head_age - 20) * 365 + 200),
       'REGISTERED', true
from demo_final f
join demo_ids i using (household_id, pos);

update household h
set head_name = m.full_name
from household_member m
where m.household_id = h.id and m.relationship = 'HEAD' and h.head_name = '' and h.created_by = 'demo-data';

insert into audit_event (occurred_at, actor, kind, action, entity_type, entity_id, household_id, commune_code, purpose)
select h.created_at, 'demo-data', 'WRITE', 'HOUSEHOLD_IMPORTED', 'HOUSEHOLD', h.id::text, h.id, h.commune_code, 'synthetic demo data'
from demo_hh d join household h on h.id = d.id;

-- =============================================================================================================
-- Review cycles of earlier years and their frozen status records, oldest first. A household's current status is
-- status_end of its latest record by decided_on (NOT_POOR without one). Each cycle keeps its own section; a later
-- cycle (2026 onwards, consolidated or still open) goes below the last one.
--
-- household_status_record.transition takes the values of vn.giamngheo.review.domain.Transition (DOMAIN.md §3.7).
-- =============================================================================================================

-- ---- 2025 periodic review (Decree 07/2021 standard), consolidated ---------------------------------------------
-- One record per household of this batch that the review put on the poor or near-poor list, decided on 10/12/2025;
-- households on neither list get none. The start of 2025 is not known for synthetic households, so
-- status_start = status_end and the transition is REMAINED_POOR or REMAINED_NEAR_POOR.
-- The recorded income is taken as the 2025 figure: at or below the line (1.5 M rural, 2 M urban) puts about 6 % of
-- households on a list (Đồng Tháp reported 1.86 % poor and 4.98 % near-poor for 2021, DOMAIN.md §7.4); 3+
-- deprivations make a listed household poor. Counted are the indicators the registry records (housing quality and
-- area, water, latrine, telecom, information devices) and health insurance (a member aged 6+ on the reference date
-- without a card); the others (employment, dependants, nutrition, education) are not derived for synthetic data.
insert into review_cycle (id, kind, year, month, standard_code, reference_date, opens_on, closes_on, state,
                          consolidated_at, consolidated_by, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), 'PERIODIC', 2025, null, 'ND07_2021', date '2025-10-01', date '2025-09-01', date '2025-12-14',
       'CONSOLIDATED', timestamptz '2025-12-14 17:00+07', 'demo-data', timestamptz '2025-08-25 08:00+07', 'demo-data',
       timestamptz '2025-12-14 17:00+07', 'demo-data'
where not exists (select 1 from review_cycle where kind = 'PERIODIC' and year = 2025);

insert into household_status_record (id, household_id, cycle_id, year, commune_code, status_start, status_end, transition,
                                     standard_code, decided_on, frozen_at)
with listed as materialized (
    select h.*
    from demo_hh d
    join household h on h.id = d.id
    join poverty_threshold t on t.standard_code = 'ND07_2021' and t.area_type = case when d.urban then 'URBAN' else 'RURAL' end
    where h.monthly_income_per_capita_vnd <= t.poverty_line_vnd
), judged as (
    select l.id, l.commune_code,
           case when (((l.wall_material in ('SOFTWOOD_PLANKS', 'BAMBOO_LEAVES', 'MUD', 'OTHER'))::int
                       + (l.column_material in ('SOFTWOOD_PLANKS', 'BAMBOO_LEAVES', 'MUD', 'OTHER'))::int
                       + (l.roof_material in ('SOFTWOOD_PLANKS', 'BAMBOO_LEAVES', 'MUD', 'OTHER'))::int) >= 2)::int
                     + (l.floor_area_m2 < 8 * l.member_count)::int
                     + (l.water_source in ('UNPROTECTED_DUG_WELL', 'SURFACE_WATER', 'OTHER'))::int
                     + (l.latrine_type not in ('SEPTIC', 'SEMI_SEPTIC', 'POUR_FLUSH', 'VENTILATED_PIT', 'DOUBLE_VAULT'))::int
                     + (not l.uses_telecom)::int
                     + (l.devices = '{}' and not l.hears_loudspeaker)::int
                     + (exists (select 1 from household_member m where m.household_id = l.id and m.left_on is null
                                and m.date_of_birth <= date '2019-10-01' and m.hi_card_number is null))::int >= 3 then 'POOR'
                else 'NEAR_POOR' end as status
    from listed l
)
select gen_random_uuid(), j.id, c.id, 2025, j.commune_code, j.status, j.status, 'REMAINED_' || j.status, 'ND07_2021',
       date '2025-12-10', c.consolidated_at
from judged j
cross join (select id, consolidated_at from review_cycle where kind = 'PERIODIC' and year = 2025) c;

-- (the 2026 periodic review in progress is scripts/demo-review.sql, run after this file)

commit;
analyze household;
analyze household_member;
analyze household_status_record;
select count(*) as households, sum(member_count) as members from household;
