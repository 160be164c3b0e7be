-- Program monitoring (DOMAIN §5, §6): the program's structure as data (projects and sub-projects of Decision
-- 90/QĐ-TTg with the district's lead units, funding sources, the plan's targets), the units that report (every
-- department and commune), report periods with their due dates, submissions with their workflow, versions and
-- attachments, and the indicators a report carries.

-- ---- reporting units: every district department and every commune (department codes are the department_code
-- claim of department officers' tokens)
create table reporting_unit (
    code            varchar(20)  primary key,
    kind            varchar(12)  not null check (kind in ('DEPARTMENT', 'COMMUNE')),
    name_vi         varchar(200) not null,
    name_en         varchar(200) not null,
    commune_code    varchar(16)  references area (code),
    -- the district Steering Committee's standing office: it consolidates, accepts and returns reports
    standing_office boolean      not null default false,
    active          boolean      not null default true,
    position        integer      not null unique,
    check ((kind = 'COMMUNE') = (commune_code is not null))
);

insert into reporting_unit (code, kind, name_vi, name_en, commune_code, standing_office, position) values
('LDTBXH', 'DEPARTMENT', 'Phòng Lao động – Thương binh và Xã hội', 'Division of Labour, Invalids and Social Affairs', null, true, 1),
('NNPTNT', 'DEPARTMENT', 'Phòng Nông nghiệp và Phát triển nông thôn', 'Division of Agriculture and Rural Development', null, false, 2),
('YTE', 'DEPARTMENT', 'Phòng Y tế', 'Health Division', null, false, 3),
('TTYT', 'DEPARTMENT', 'Trung tâm Y tế huyện', 'District Health Centre', null, false, 4),
('VHTT', 'DEPARTMENT', 'Phòng Văn hóa và Thông tin', 'Division of Culture and Information', null, false, 5),
('GDDT', 'DEPARTMENT', 'Phòng Giáo dục và Đào tạo', 'Division of Education and Training', null, false, 6),
('TUPHAP', 'DEPARTMENT', 'Phòng Tư pháp', 'Justice Division', null, false, 7),
('TCKH', 'DEPARTMENT', 'Phòng Tài chính – Kế hoạch', 'Division of Finance and Planning', null, false, 8),
('TTGDNN', 'DEPARTMENT', 'Trung tâm Giáo dục nghề nghiệp huyện', 'District Vocational Education Centre', null, false, 9),
('BHXH', 'DEPARTMENT', 'Bảo hiểm xã hội huyện', 'District Social Insurance', null, false, 10),
('NHCSXH', 'DEPARTMENT', 'Ngân hàng Chính sách xã hội huyện', 'District Social Policy Bank', null, false, 11),
('MTTQ', 'DEPARTMENT', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'District Fatherland Front Committee', null, false, 12);

insert into reporting_unit (code, kind, name_vi, name_en, commune_code, position)
select 'XA-' || a.code, 'COMMUNE', 'Ủy ban nhân dân ' || lower(substr(a.name, 1, 1)) || substr(a.name, 2),
       'People''s Committee of ' || a.name, a.code, 100 + row_number() over (order by a.code)
from area a where a.level = 'COMMUNE' and a.parent_code = '870';

-- ---- program structure (Decision 90/QĐ-TTg of 18/01/2022; the district plan 2022 for who leads and what runs)
create table program_project (
    code              varchar(10)  primary key,
    parent_code       varchar(10)  references program_project (code),
    number            varchar(10)  not null,
    name_vi           varchar(300) not null,
    name_en           varchar(300) not null,
    lead_unit_code    varchar(20)  references reporting_unit (code),
    -- a second unit named next to the lead (Project 3/2: Phòng Y tế with the district health centre)
    partner_unit_code varchar(20)  references reporting_unit (code),
    runs_here         boolean      not null,
    not_run_reason_vi varchar(300),
    not_run_reason_en varchar(300),
    position          integer      not null unique,
    check (runs_here = (not_run_reason_vi is null)),
    check (runs_here or lead_unit_code is null)
);

insert into program_project (code, parent_code, number, name_vi, name_en, lead_unit_code, partner_unit_code, runs_here,
                             not_run_reason_vi, not_run_reason_en, position) values
('P1', null, '1', 'Hỗ trợ đầu tư phát triển hạ tầng kinh tế – xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo',
 'Infrastructure in poor districts and extremely disadvantaged coastal and island communes', null, null, false,
 'Huyện không có xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo', 'The district has no extremely disadvantaged coastal or island communes', 1),
('P2', null, '2', 'Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', 'Livelihood diversification and poverty-reduction models',
 'LDTBXH', null, true, null, null, 2),
('P3', null, '3', 'Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng', 'Production support and better nutrition', null, null, true, null, null, 3),
('P3.1', 'P3', '3.1', 'Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp', 'Agricultural production support',
 'NNPTNT', null, true, null, null, 4),
('P3.2', 'P3', '3.2', 'Cải thiện dinh dưỡng', 'Better nutrition', 'YTE', 'TTYT', true, null, null, 5),
('P4', null, '4', 'Phát triển giáo dục nghề nghiệp, việc làm bền vững', 'Vocational education and sustainable jobs', null, null, true, null, null, 6),
('P4.1', 'P4', '4.1', 'Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn', 'Vocational education in poor and difficult areas',
 null, null, false, 'Huyện không có vùng nghèo, vùng khó khăn', 'The district has no poor or difficult areas', 7),
('P4.2', 'P4', '4.2', 'Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng', 'Support for contract work abroad',
 null, null, false, 'Kế hoạch huyện ghi "không có"', 'The district plan lists none', 8),
('P4.3', 'P4', '4.3', 'Hỗ trợ việc làm bền vững', 'Sustainable jobs', 'LDTBXH', null, true, null, null, 9),
('P5', null, '5', 'Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo', 'Housing for poor and near-poor households in poor districts',
 null, null, false, 'Huyện không phải là huyện nghèo', 'The district is not a poor district', 10),
('P6', null, '6', 'Truyền thông và giảm nghèo về thông tin', 'Communication and information poverty', null, null, true, null, null, 11),
('P6.1', 'P6', '6.1', 'Giảm nghèo về thông tin', 'Information poverty', 'VHTT', null, true, null, null, 12),
('P6.2', 'P6', '6.2', 'Truyền thông về giảm nghèo đa chiều', 'Communication on multidimensional poverty', 'LDTBXH', null, true, null, null, 13),
('P7', null, '7', 'Nâng cao năng lực và giám sát, đánh giá Chương trình', 'Capacity building, monitoring and evaluation', null, null, true, null, null, 14),
('P7.1', 'P7', '7.1', 'Nâng cao năng lực thực hiện Chương trình', 'Capacity to run the program', 'LDTBXH', null, true, null, null, 15),
('P7.2', 'P7', '7.2', 'Giám sát, đánh giá', 'Monitoring and evaluation', 'LDTBXH', null, true, null, null, 16);

create table funding_source (
    code     varchar(24)  primary key,
    name_vi  varchar(200) not null,
    name_en  varchar(200) not null,
    position integer      not null unique
);

insert into funding_source (code, name_vi, name_en, position) values
('NTP_POVERTY', 'Vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững', 'National Target Program for Sustainable Poverty Reduction', 1),
('NTP_NEW_RURAL', 'Vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và chương trình khác', 'New Rural Development program and other programs', 2),
('SOCIAL_POLICY_BANK', 'Vốn tín dụng ưu đãi Ngân hàng Chính sách xã hội và tổ chức tín dụng khác', 'Preferential credit of the Social Policy Bank and other lenders', 3),
('SOCIAL_MOBILISATION', 'Vốn huy động xã hội hóa', 'Social mobilisation', 4),
('FOR_THE_POOR_FUND', 'Quỹ "Vì người nghèo"', 'The "For the Poor" fund', 5);

-- the plan's targets; the comparison says which side of the value meets it
create table program_target (
    code       varchar(30)  primary key,
    name_vi    varchar(300) not null,
    name_en    varchar(300) not null,
    value      numeric(6, 2) not null,
    unit       varchar(16)  not null check (unit in ('PP_PER_YEAR', 'PERCENT')),
    comparison varchar(8)   not null check (comparison in ('AT_MOST', 'AT_LEAST')),
    position   integer      not null unique
);

insert into program_target (code, name_vi, name_en, value, unit, comparison, position) values
('POVERTY_RATE_CHANGE', 'Giảm tỷ lệ hộ nghèo bình quân 0,6%/năm', 'Poverty rate down 0.6 percentage points a year', -0.6, 'PP_PER_YEAR', 'AT_MOST', 1),
('HEALTH_INSURANCE', '100% thành viên hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế',
 'Health-insurance cards for 100 % of members of poor and near-poor households', 100, 'PERCENT', 'AT_LEAST', 2),
('LOANS', '100% hộ nghèo, cận nghèo, mới thoát nghèo đủ điều kiện có nhu cầu được vay vốn ưu đãi',
 'Loans for 100 % of eligible poor, near-poor and recently escaped households that ask', 100, 'PERCENT', 'AT_LEAST', 3),
('TRAINING', '100% người nghèo trong độ tuổi lao động có nhu cầu được đào tạo nghề',
 'Vocational training for 100 % of working-age poor people who want it', 100, 'PERCENT', 'AT_LEAST', 4);

-- ---- the indicators a report carries (DOMAIN §5.3): REGISTRY ones are pre-filled, UNIT ones typed by the unit
create table report_indicator (
    code             varchar(40)   primary key,
    group_code       varchar(16)   not null check (group_code in ('POVERTY', 'TRANSITION', 'DEPRIVATION', 'BENEFIT', 'ACTIVITY')),
    name_vi          varchar(300)  not null,
    name_en          varchar(300)  not null,
    unit             varchar(12)   not null check (unit in ('HOUSEHOLDS', 'PERSONS', 'PERCENT', 'VND', 'COUNT')),
    source           varchar(10)   not null check (source in ('REGISTRY', 'UNIT')),
    -- communes report it for themselves; the departments listed report it for the district
    for_communes     boolean       not null,
    department_codes varchar(20)[] not null default '{}',
    position         integer       not null unique
);

insert into report_indicator (code, group_code, name_vi, name_en, unit, source, for_communes, department_codes, position) values
('HOUSEHOLDS', 'POVERTY', 'Tổng số hộ', 'Households', 'HOUSEHOLDS', 'REGISTRY', true, '{LDTBXH}', 1),
('POOR_HOUSEHOLDS', 'POVERTY', 'Số hộ nghèo', 'Poor households', 'HOUSEHOLDS', 'REGISTRY', true, '{LDTBXH}', 2),
('POOR_RATE', 'POVERTY', 'Tỷ lệ hộ nghèo', 'Poverty rate', 'PERCENT', 'REGISTRY', true, '{LDTBXH}', 3),
('NEAR_POOR_HOUSEHOLDS', 'POVERTY', 'Số hộ cận nghèo', 'Near-poor households', 'HOUSEHOLDS', 'REGISTRY', true, '{LDTBXH}', 4),
('NEAR_POOR_RATE', 'POVERTY', 'Tỷ lệ hộ cận nghèo', 'Near-poverty rate', 'PERCENT', 'REGISTRY', true, '{LDTBXH}', 5),
('ESCAPED_POVERTY', 'TRANSITION', 'Số hộ thoát nghèo', 'Households that escaped poverty', 'HOUSEHOLDS', 'REGISTRY', true, '{LDTBXH}', 6),
('ESCAPED_NEAR_POVERTY', 'TRANSITION', 'Số hộ thoát cận nghèo', 'Households that escaped near-poverty', 'HOUSEHOLDS', 'REGISTRY', true, '{LDTBXH}', 7),
('NEWLY_POOR', 'TRANSITION', 'Số hộ nghèo phát sinh', 'Newly poor households', 'HOUSEHOLDS', 'REGISTRY', true, '{LDTBXH}', 8),
('NEWLY_NEAR_POOR', 'TRANSITION', 'Số hộ cận nghèo phát sinh', 'Newly near-poor households', 'HOUSEHOLDS', 'REGISTRY', true, '{LDTBXH}', 9),
('RE_POOR', 'TRANSITION', 'Số hộ tái nghèo', 'Re-poor households', 'HOUSEHOLDS', 'REGISTRY', true, '{LDTBXH}', 10),
('HI_ENTITLED', 'BENEFIT', 'Số người thuộc hộ nghèo, cận nghèo được hỗ trợ BHYT', 'Members entitled to health-insurance support', 'PERSONS', 'REGISTRY', true, '{BHXH}', 30),
('HI_CARDS_ISSUED', 'BENEFIT', 'Số thẻ BHYT đã cấp', 'Health-insurance cards issued', 'PERSONS', 'REGISTRY', true, '{BHXH}', 31),
('LOAN_REQUESTS', 'BENEFIT', 'Số hộ có nhu cầu vay vốn', 'Households that asked for a loan', 'HOUSEHOLDS', 'REGISTRY', true, '{NHCSXH}', 32),
('LOAN_BORROWERS', 'BENEFIT', 'Số hộ được vay vốn', 'Households that received a loan', 'HOUSEHOLDS', 'REGISTRY', true, '{NHCSXH}', 33),
('LOAN_DISBURSED_VND', 'BENEFIT', 'Số tiền cho vay đã giải ngân', 'Loans disbursed', 'VND', 'REGISTRY', true, '{NHCSXH}', 34),
('TRAINING_REQUESTS', 'BENEFIT', 'Số người có nhu cầu học nghề', 'People who asked for vocational training', 'PERSONS', 'REGISTRY', true, '{TTGDNN,LDTBXH}', 35),
('TRAINEES', 'BENEFIT', 'Số người được đào tạo nghề', 'People trained or in training', 'PERSONS', 'REGISTRY', true, '{TTGDNN,LDTBXH}', 36),
('EMPLOYED_AFTER_TRAINING', 'BENEFIT', 'Số người có việc làm sau đào tạo', 'People employed after training', 'PERSONS', 'REGISTRY', false, '{TTGDNN}', 37),
('JOB_PLACEMENTS', 'ACTIVITY', 'Số lao động được giới thiệu việc làm', 'Workers placed in jobs', 'PERSONS', 'UNIT', true, '{LDTBXH}', 50),
('LIVELIHOOD_MODELS', 'ACTIVITY', 'Số mô hình sinh kế, giảm nghèo', 'Livelihood and poverty-reduction models', 'COUNT', 'UNIT', true, '{LDTBXH,NNPTNT}', 51),
('LIVELIHOOD_PARTICIPANTS', 'ACTIVITY', 'Số hộ tham gia mô hình', 'Households in the models', 'HOUSEHOLDS', 'UNIT', true, '{LDTBXH,NNPTNT}', 52),
('CHILDREN_SCREENED', 'ACTIVITY', 'Số trẻ em dưới 16 tuổi thuộc hộ nghèo, cận nghèo được theo dõi dinh dưỡng', 'Children under 16 of poor and near-poor households screened', 'PERSONS', 'UNIT', true, '{YTE,TTYT}', 53),
('CHILDREN_MALNOURISHED', 'ACTIVITY', 'Số trẻ suy dinh dưỡng (thấp còi, nhẹ cân)', 'Children stunted or underweight', 'PERSONS', 'UNIT', true, '{YTE,TTYT}', 54),
('PUPILS_SUPPORTED', 'ACTIVITY', 'Số học sinh được miễn, giảm học phí, hỗ trợ chi phí học tập', 'Pupils with tuition or learning-cost support', 'PERSONS', 'UNIT', true, '{GDDT}', 55),
('COMMUNICATION_EVENTS', 'ACTIVITY', 'Số cuộc truyền thông, đối thoại chính sách', 'Communication events and policy dialogues', 'COUNT', 'UNIT', true, '{VHTT,LDTBXH}', 56),
('LEGAL_AID_CASES', 'ACTIVITY', 'Số vụ việc trợ giúp pháp lý cho người nghèo', 'Legal-aid cases for poor people', 'COUNT', 'UNIT', true, '{TUPHAP}', 57),
('CAPACITY_TRAINEES', 'ACTIVITY', 'Số lượt cán bộ được tập huấn', 'Officials trained', 'PERSONS', 'UNIT', true, '{LDTBXH}', 58),
('FOR_THE_POOR_FUND_VND', 'ACTIVITY', 'Số tiền vận động Quỹ "Vì người nghèo"', 'Raised for the "For the Poor" fund', 'VND', 'UNIT', false, '{MTTQ}', 59);

-- the deprivation profile: poor and near-poor households deprived on each indicator of the 2022–2025 standard
insert into report_indicator (code, group_code, name_vi, name_en, unit, source, for_communes, department_codes, position)
select 'DEPRIVED_' || p.indicator_code, 'DEPRIVATION', 'Số hộ nghèo, cận nghèo thiếu hụt: ' || lower(i.name_vi),
       'Poor and near-poor households deprived: ' || lower(i.name_en), 'HOUSEHOLDS', 'REGISTRY', true, '{LDTBXH}', 10 + p.position
from poverty_standard_indicator p join poverty_indicator i on i.code = p.indicator_code
where p.standard_code = 'ND07_2021';

-- ---- report periods: 6-month (due 10/6), annual (due 10/11), ad-hoc on request, each with the units that must report
create table report_period (
    id          uuid          primary key,
    kind        varchar(10)   not null check (kind in ('SIX_MONTH', 'ANNUAL', 'AD_HOC')),
    year        integer       not null check (year between 2016 and 2100),
    title       varchar(300)  not null,
    covers_from date          not null,
    covers_to   date          not null,
    due_on      date          not null,
    unit_codes  varchar(20)[] not null check (cardinality(unit_codes) > 0),
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    version     bigint        not null default 0,
    check (covers_to >= covers_from)
);
create unique index ux_report_period_regular on report_period (kind, year) where kind <> 'AD_HOC';
create index ix_report_period_year on report_period (year desc, due_on);

create table report_submission (
    id                 uuid          primary key,
    period_id          uuid          not null references report_period (id),
    unit_code          varchar(20)   not null references reporting_unit (code),
    state              varchar(12)   not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED')),
    -- {indicators: {CODE: number}, narratives: {results, difficulties, proposals}, budget: [{projectCode, sourceCode, allocatedVnd, disbursedVnd}]}
    content            jsonb         not null,
    -- the registry's values when the draft was made or last saved: {CODE: number}
    registry           jsonb         not null,
    registry_basis     varchar(300)  not null,
    first_submitted_at timestamptz,
    last_submitted_at  timestamptz,
    return_comment     varchar(2000),
    returned_at        timestamptz,
    returned_by        varchar(100),
    accepted_at        timestamptz,
    accepted_by        varchar(100),
    created_at         timestamptz   not null,
    created_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(100)  not null,
    version            bigint        not null default 0,
    unique (period_id, unit_code),
    check ((state = 'ACCEPTED') = (accepted_at is not null)),
    check ((state = 'DRAFT') = (first_submitted_at is null))
);
create index ix_report_submission_unit on report_submission (unit_code, period_id);

-- what a unit handed in, each time (submitted, resubmitted): never changed afterwards
create table report_submission_version (
    id            uuid          primary key,
    submission_id uuid          not null references report_submission (id),
    number        integer       not null check (number > 0),
    content       jsonb         not null,
    registry      jsonb         not null,
    submitted_at  timestamptz   not null,
    submitted_by  varchar(100)  not null,
    unique (submission_id, number)
);

-- every workflow step with its comment
create table report_submission_event (
    id            uuid          primary key,
    submission_id uuid          not null references report_submission (id),
    action        varchar(10)   not null check (action in ('CREATE', 'SUBMIT', 'RETURN', 'ACCEPT')),
    from_state    varchar(12),
    to_state      varchar(12)   not null,
    comment       varchar(2000),
    occurred_at   timestamptz   not null,
    actor         varchar(100)  not null
);
create index ix_report_submission_event on report_submission_event (submission_id, occurred_at);

create function report_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end $$;
create trigger report_submission_version_append_only before update or delete on report_submission_version
    for each row execute function report_history_is_append_only();
create trigger report_submission_event_append_only before update or delete on report_submission_event
    for each row execute function report_history_is_append_only();

create table report_attachment (
    id            uuid          primary key,
    submission_id uuid          not null references report_submission (id),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null check (content_type = 'application/pdf'),
    size_bytes    integer       not null check (size_bytes > 0),
    sha256        varchar(64)   not null,
    content       bytea         not null,
    uploaded_at   timestamptz   not null,
    uploaded_by   varchar(100)  not null
);
create index ix_report_attachment_submission on report_attachment (submission_id, uploaded_at);

-- ---- the dashboard's grouped counts read these indexes only (index-only scans at 1M households)
create index ix_status_record_cycle_status on household_status_record (cycle_id, commune_code, status_start, status_end);
create index ix_review_case_cycle_status on review_case (cycle_id, commune_review_id, status_start, final_status);
create index ix_entitlement_coverage on entitlement (program_code, commune_code, state) include (loan_amount_vnd, employed_after);
