-- Benefit programs as versioned rule packs (DOMAIN §4), the entitlements they grant, and their fulfilment.
-- Values the sources did not confirm ([S] and [U]) are listed in `unconfirmed` and shown as such by the API.
create table benefit_program (
    code           varchar(40)  primary key,
    kind           varchar(24)  not null check (kind in ('HEALTH_INSURANCE', 'LOAN', 'VOCATIONAL_TRAINING', 'EDUCATION', 'NUTRITION', 'ACTIVITY')),
    name_vi        varchar(200) not null,
    name_en        varchar(200) not null,
    lead_unit      varchar(200) not null,
    legal_citation varchar(400) not null,
    note           text,
    position       integer      not null unique
);

create table benefit_rule (
    code                      varchar(40)   primary key,
    program_code              varchar(40)   not null references benefit_program (code),
    legal_citation            varchar(400)  not null,
    valid_from                date          not null,
    valid_to                  date,
    -- who is granted: each current member who meets the person conditions, or the household when one member does
    target                    varchar(10)   not null check (target in ('PERSON', 'HOUSEHOLD')),
    statuses                  varchar(20)[] not null check (statuses <@ array['POOR', 'NEAR_POOR', 'MIDDLE_INCOME', 'RECENTLY_ESCAPED']::varchar[]),
    min_age_years             integer       check (min_age_years >= 0),
    -- exclusive: a child is granted until the day before this birthday
    max_age_years             integer       check (max_age_years > 0),
    learner                   varchar(10)   check (learner in ('PUPIL', 'STUDENT')),
    requires_disability       boolean       not null default false,
    requires_ethnic_minority  boolean       not null default false,
    -- false when the registry holds no fact to decide it (pregnancy): listed, never derived
    derived                   boolean       not null default true,
    support_rate_percent      numeric(5, 2) check (support_rate_percent between 0 and 100),
    provincial_top_up_percent numeric(5, 2) not null default 0 check (provincial_top_up_percent between 0 and 100),
    amount_cap_vnd            bigint        check (amount_cap_vnd > 0),
    monthly_amount_vnd        bigint        check (monthly_amount_vnd > 0),
    interest_rate_percent     numeric(6, 3) check (interest_rate_percent >= 0),
    escape_window_months      integer       check (escape_window_months > 0),
    validity                  varchar(24)   not null check (validity in ('TO_END_OF_NEXT_YEAR', 'UNTIL_NEXT_STATUS', 'ESCAPE_WINDOW')),
    once_per_person           boolean       not null default false,
    -- when several rules of a program grant the same person or household, the lowest priority wins
    priority                  integer       not null,
    terms                     jsonb         not null default '{}',
    note                      text,
    unconfirmed               varchar(80)[] not null default '{}',
    check (valid_to is null or valid_to >= valid_from),
    check (('RECENTLY_ESCAPED' = any (statuses)) = (escape_window_months is not null)),
    unique (program_code, priority)
);

insert into benefit_program (code, kind, name_vi, name_en, lead_unit, legal_citation, note, position) values
('HEALTH_INSURANCE', 'HEALTH_INSURANCE', 'Hỗ trợ đóng bảo hiểm y tế', 'Health-insurance premium support',
 'Bảo hiểm xã hội huyện (phối hợp Phòng LĐ-TB&XH)', 'Luật Bảo hiểm y tế; Nghị định 146/2018/NĐ-CP; Nghị định 188/2025/NĐ-CP từ 15/08/2025',
 'Thẻ BHYT do BHXH huyện cấp theo danh sách xã lập. Cận nghèo ở xã nghèo được 100 % — Hồng Ngự không có trong danh sách đó trong dữ liệu này.', 1),
('LOAN_POOR', 'LOAN', 'Cho vay hộ nghèo', 'Loans to poor households',
 'Ngân hàng Chính sách xã hội huyện', 'Nghị định 78/2002/NĐ-CP', null, 2),
('LOAN_NEAR_POOR', 'LOAN', 'Cho vay hộ cận nghèo', 'Loans to near-poor households',
 'Ngân hàng Chính sách xã hội huyện', 'Quyết định 15/2013/QĐ-TTg', null, 3),
('LOAN_ESCAPED', 'LOAN', 'Cho vay hộ mới thoát nghèo', 'Loans to households that recently escaped poverty',
 'Ngân hàng Chính sách xã hội huyện', 'Quyết định 28/2015/QĐ-TTg ngày 21/07/2015',
 'Hộ đã ra khỏi danh sách hộ nghèo, hộ cận nghèo tối đa 3 năm (36 tháng kể từ ngày thoát).', 4),
('LOAN_STUDENT', 'LOAN', 'Cho vay học sinh, sinh viên', 'Student loans',
 'Ngân hàng Chính sách xã hội huyện', 'Quyết định 157/2007/QĐ-TTg, sửa đổi bởi Quyết định 05/2022/QĐ-TTg ngày 23/03/2022',
 'Hộ gia đình vay cho thành viên đang học cao đẳng, đại học hoặc trường nghề.', 5),
('LOAN_WATER_SANITATION', 'LOAN', 'Cho vay nước sạch và vệ sinh môi trường nông thôn', 'Rural clean water and sanitation loans',
 'Ngân hàng Chính sách xã hội huyện', 'Quyết định 62/2004/QĐ-TTg',
 'Chương trình dành cho mọi hộ nông thôn; sổ hộ nghèo chỉ liệt kê các hộ nghèo, cận nghèo và mới thoát nghèo.', 6),
('LOAN_JOB_CREATION', 'LOAN', 'Cho vay hỗ trợ tạo việc làm', 'Job-creation loans',
 'Ngân hàng Chính sách xã hội huyện', 'Nghị định 61/2015/NĐ-CP, sửa đổi bởi Nghị định 74/2019/NĐ-CP', null, 7),
('VOCATIONAL_TRAINING', 'VOCATIONAL_TRAINING', 'Hỗ trợ đào tạo trình độ sơ cấp, dưới 3 tháng', 'Vocational training support',
 'Trung tâm Giáo dục nghề nghiệp huyện', 'Quyết định 46/2015/QĐ-TTg (hiệu lực 01/01/2016)',
 'Mỗi người chỉ được hỗ trợ một lần; thuộc nhiều nhóm thì hưởng mức cao nhất.', 8),
('TUITION', 'EDUCATION', 'Miễn, giảm học phí', 'Tuition exemption or reduction',
 'Phòng Giáo dục và Đào tạo', 'Nghị định 81/2021/NĐ-CP ngày 27/08/2021, Điều 15, 16', null, 9),
('LEARNING_COST', 'EDUCATION', 'Hỗ trợ chi phí học tập', 'Learning-cost support',
 'Phòng Giáo dục và Đào tạo', 'Nghị định 81/2021/NĐ-CP ngày 27/08/2021, Điều 18', 'Tối đa 9 tháng mỗi năm học.', 10),
('NUTRITION', 'NUTRITION', 'Cải thiện dinh dưỡng (Dự án 3, Tiểu dự án 2)', 'Nutrition support (Project 3, sub-project 2)',
 'Phòng Y tế, Trung tâm Y tế huyện', 'Quyết định 90/QĐ-TTg ngày 18/01/2022; Quyết định 1768/QĐ-BYT ngày 08/07/2022',
 'Trẻ em 0–16 tuổi được suy ra từ sổ hộ. Phụ nữ mang thai, cho con bú: sổ hộ không ghi việc mang thai hay cho con bú, nên không suy ra được; trạm y tế xã lập danh sách trực tiếp.', 11),
('LEGAL_AID', 'ACTIVITY', 'Trợ giúp pháp lý', 'Legal aid', 'Phòng Tư pháp', 'Luật Trợ giúp pháp lý 2017; Kế hoạch giảm nghèo huyện năm 2022',
 'Hoạt động chung, không có quyền lợi riêng từng người.', 12),
('INFORMATION_ACCESS', 'ACTIVITY', 'Giảm nghèo về thông tin (Dự án 6, Tiểu dự án 1)', 'Information access (Project 6, sub-project 1)',
 'Phòng Văn hóa và Thông tin', 'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'Hoạt động chung, không có quyền lợi riêng từng người.', 13),
('LIVELIHOOD_MODELS', 'ACTIVITY', 'Đa dạng hóa sinh kế, nhân rộng mô hình giảm nghèo (Dự án 2)', 'Livelihood models (Project 2)',
 'Phòng LĐ-TB&XH', 'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'Hoạt động chung, không có quyền lợi riêng từng người.', 14),
('PRODUCTION_SUPPORT', 'ACTIVITY', 'Hỗ trợ phát triển sản xuất (Dự án 3, Tiểu dự án 1)', 'Agricultural production support (Project 3, sub-project 1)',
 'Phòng Nông nghiệp và Phát triển nông thôn', 'Quyết định 90/QĐ-TTg ngày 18/01/2022', 'Hoạt động chung, không có quyền lợi riêng từng người.', 15);

insert into benefit_rule (code, program_code, legal_citation, valid_from, target, statuses, min_age_years, max_age_years, learner,
                          requires_disability, requires_ethnic_minority, derived, support_rate_percent, provincial_top_up_percent,
                          amount_cap_vnd, monthly_amount_vnd, interest_rate_percent, escape_window_months, validity, once_per_person,
                          priority, terms, note, unconfirmed) values
-- health insurance: the state pays the premium (4.5 % of the base salary) in part or in full
('HI_POOR', 'HEALTH_INSURANCE', 'Nghị định 146/2018/NĐ-CP, Điều 3; Nghị định 75/2023/NĐ-CP', '2018-12-01', 'PERSON', '{POOR}',
 null, null, null, false, false, true, 100, 0, null, null, null, null, 'TO_END_OF_NEXT_YEAR', false, 1,
 '{"premiumPercentOfBaseSalary": 4.5}', null, '{}'),
('HI_NEAR_POOR', 'HEALTH_INSURANCE', 'Nghị định 146/2018/NĐ-CP, Điều 4; Nghị định 188/2025/NĐ-CP', '2018-12-01', 'PERSON', '{NEAR_POOR}',
 null, null, null, false, false, true, 70, 0, null, null, null, null, 'TO_END_OF_NEXT_YEAR', false, 2,
 '{"premiumPercentOfBaseSalary": 4.5}', 'Tỉnh có thể hỗ trợ thêm phần còn lại (tối đa 30 %); mức của Đồng Tháp chưa xác định.',
 '{provincialTopUpPercent}'),
('HI_MIDDLE_INCOME', 'HEALTH_INSURANCE', 'Nghị định 146/2018/NĐ-CP, Điều 4', '2018-12-01', 'PERSON', '{MIDDLE_INCOME}',
 null, null, null, false, false, true, 30, 0, null, null, null, null, 'TO_END_OF_NEXT_YEAR', false, 3,
 '{"premiumPercentOfBaseSalary": 4.5}',
 'Chỉ dành cho hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình; sổ hộ không ghi nghề của hộ, nên mọi hộ mức sống trung bình được coi là đủ điều kiện cho đến khi xã xác nhận. Đồng Tháp dự kiến hỗ trợ thêm 20 %.',
 '{statuses,provincialTopUpPercent}'),
-- Social Policy Bank loans: the household borrows
('LOAN_POOR', 'LOAN_POOR', 'Nghị định 78/2002/NĐ-CP', '2002-10-04', 'HOUSEHOLD', '{POOR}',
 null, null, null, false, false, true, null, 0, 100000000, null, 6.6, null, 'UNTIL_NEXT_STATUS', false, 1,
 '{}', null, '{amountCapVnd,interestRatePercent}'),
('LOAN_NEAR_POOR', 'LOAN_NEAR_POOR', 'Quyết định 15/2013/QĐ-TTg', '2013-04-10', 'HOUSEHOLD', '{NEAR_POOR}',
 null, null, null, false, false, true, null, 0, 100000000, null, 7.92, null, 'UNTIL_NEXT_STATUS', false, 1,
 '{"ratePercentOfPoorRate": 120}', null, '{amountCapVnd,interestRatePercent,terms.ratePercentOfPoorRate}'),
('LOAN_ESCAPED', 'LOAN_ESCAPED', 'Quyết định 28/2015/QĐ-TTg, Điều 2', '2015-09-05', 'HOUSEHOLD', '{RECENTLY_ESCAPED}',
 null, null, null, false, false, true, null, 0, 100000000, null, 8.25, 36, 'ESCAPE_WINDOW', false, 1,
 '{"ratePercentOfPoorRate": 125, "maxTermMonths": 60, "overdueRatePercentOfLendingRate": 130}',
 'Số tiền tối đa bằng mức cho vay hộ nghèo.', '{amountCapVnd,interestRatePercent}'),
('LOAN_STUDENT', 'LOAN_STUDENT', 'Quyết định 157/2007/QĐ-TTg; Quyết định 05/2022/QĐ-TTg', '2022-05-19', 'HOUSEHOLD',
 '{POOR,NEAR_POOR,MIDDLE_INCOME}', null, null, 'STUDENT', false, false, true, null, 0, null, 4000000, null, null, 'UNTIL_NEXT_STATUS', false, 1,
 '{"firstRepaymentMonthsAfterCourse": 12}',
 'Mức tối đa mỗi sinh viên mỗi tháng, cho khoản giải ngân từ 19/05/2022. Sinh viên: thành viên đang đi học đã tốt nghiệp THPT.',
 '{learner}'),
('LOAN_WATER_SANITATION', 'LOAN_WATER_SANITATION', 'Quyết định 62/2004/QĐ-TTg', '2004-04-16', 'HOUSEHOLD',
 '{POOR,NEAR_POOR,RECENTLY_ESCAPED}', null, null, null, false, false, true, null, 0, 20000000, null, 9, 36, 'UNTIL_NEXT_STATUS', false, 1,
 '{}', null, '{statuses,amountCapVnd,interestRatePercent}'),
('LOAN_JOB_CREATION', 'LOAN_JOB_CREATION', 'Nghị định 61/2015/NĐ-CP; Nghị định 74/2019/NĐ-CP', '2015-09-01', 'HOUSEHOLD',
 '{POOR,NEAR_POOR,RECENTLY_ESCAPED}', 15, null, null, false, false, true, null, 0, 100000000, null, 6.6, 36, 'UNTIL_NEXT_STATUS', false, 1,
 '{}', null, '{statuses,amountCapVnd,interestRatePercent}'),
-- vocational training (Decision 46/2015 Art. 3): one course per person, the highest group's cap
('VT_DISABILITY', 'VOCATIONAL_TRAINING', 'Quyết định 46/2015/QĐ-TTg, Điều 3, khoản 1', '2016-01-01', 'PERSON', '{POOR,NEAR_POOR}',
 15, 61, null, true, false, true, null, 0, 6000000, null, null, null, 'UNTIL_NEXT_STATUS', true, 1,
 '{"mealsVndPerDay": 30000, "travelVnd": 300000, "travelMinDistanceKm": 5}', null, '{minAgeYears,maxAgeYears}'),
('VT_POOR_ETHNIC_MINORITY', 'VOCATIONAL_TRAINING', 'Quyết định 46/2015/QĐ-TTg, Điều 3, khoản 2', '2016-01-01', 'PERSON', '{POOR}',
 15, 61, null, false, true, true, null, 0, 4000000, null, null, null, 'UNTIL_NEXT_STATUS', true, 2,
 '{"mealsVndPerDay": 30000, "travelVnd": 200000, "travelMinDistanceKm": 15}', null, '{minAgeYears,maxAgeYears}'),
('VT_POOR', 'VOCATIONAL_TRAINING', 'Quyết định 46/2015/QĐ-TTg, Điều 3, khoản 3', '2016-01-01', 'PERSON', '{POOR}',
 15, 61, null, false, false, true, null, 0, 3000000, null, null, null, 'UNTIL_NEXT_STATUS', true, 3,
 '{"mealsVndPerDay": 30000, "travelVnd": 200000, "travelMinDistanceKm": 15}', null, '{minAgeYears,maxAgeYears}'),
('VT_NEAR_POOR', 'VOCATIONAL_TRAINING', 'Quyết định 46/2015/QĐ-TTg, Điều 3, khoản 4', '2016-01-01', 'PERSON', '{NEAR_POOR}',
 15, 61, null, false, false, true, null, 0, 2500000, null, null, null, 'UNTIL_NEXT_STATUS', true, 4,
 '{"mealsVndPerDay": 30000, "travelVnd": 200000, "travelMinDistanceKm": 15}', null, '{minAgeYears,maxAgeYears}'),
-- education (Decree 81/2021): pupils in pre-school and general education
('TUITION_EXEMPT_POOR', 'TUITION', 'Nghị định 81/2021/NĐ-CP, Điều 15', '2021-10-15', 'PERSON', '{POOR}',
 null, 19, 'PUPIL', false, false, true, 100, 0, null, null, null, null, 'UNTIL_NEXT_STATUS', false, 1,
 '{}', null, '{maxAgeYears}'),
('TUITION_HALF_NEAR_POOR', 'TUITION', 'Nghị định 81/2021/NĐ-CP, Điều 16, khoản 2', '2021-10-15', 'PERSON', '{NEAR_POOR}',
 null, 19, 'PUPIL', false, false, true, 50, 0, null, null, null, null, 'UNTIL_NEXT_STATUS', false, 2,
 '{}', null, '{supportRatePercent,maxAgeYears}'),
('LEARNING_COST_POOR', 'LEARNING_COST', 'Nghị định 81/2021/NĐ-CP, Điều 18', '2021-10-15', 'PERSON', '{POOR}',
 null, 19, 'PUPIL', false, false, true, null, 0, null, 150000, null, null, 'UNTIL_NEXT_STATUS', false, 1,
 '{"maxMonthsPerSchoolYear": 9}', null, '{monthlyAmountVnd,maxAgeYears}'),
-- nutrition (Project 3/2): children 0–16; pregnant and nursing women cannot be derived from the registry
('NUTRITION_CHILD', 'NUTRITION', 'Quyết định 90/QĐ-TTg ngày 18/01/2022, Dự án 3, Tiểu dự án 2', '2022-01-18', 'PERSON',
 '{POOR,NEAR_POOR,RECENTLY_ESCAPED}', 0, 16, null, false, false, true, null, 0, null, null, null, 36, 'UNTIL_NEXT_STATUS', false, 1,
 '{}', null, '{escapeWindowMonths}'),
('NUTRITION_MOTHER', 'NUTRITION', 'Quyết định 90/QĐ-TTg ngày 18/01/2022, Dự án 3, Tiểu dự án 2', '2022-01-18', 'PERSON',
 '{POOR,NEAR_POOR,RECENTLY_ESCAPED}', null, null, null, false, false, false, null, 0, null, null, null, 36, 'UNTIL_NEXT_STATUS', false, 2,
 '{}', 'Phụ nữ mang thai và bà mẹ cho con bú: sổ hộ không ghi thông tin này, không suy ra được.', '{escapeWindowMonths}');

-- Every change of an entitlement takes the next number of this sequence: partners read changes after a cursor.
create sequence entitlement_change_seq;

create table entitlement (
    id                   uuid          primary key,
    program_code         varchar(40)   not null references benefit_program (code),
    rule_code            varchar(40)   not null references benefit_rule (code),
    household_id         uuid          not null references household (id),
    -- a person's entitlement names the membership it was derived from; a household's has neither
    member_id            uuid          references household_member (id),
    person_id            uuid,
    commune_code         varchar(16)   not null references area (code),
    status_record_id     uuid          references household_status_record (id),
    support_rate_percent numeric(5, 2),
    amount_cap_vnd       bigint,
    monthly_amount_vnd   bigint,
    valid_from           date          not null,
    valid_to             date,
    state                varchar(12)   not null check (state in ('ELIGIBLE', 'REQUESTED', 'ENROLLED', 'FULFILLED', 'EXPIRED', 'REVOKED')),
    card_number          varchar(15),
    card_valid_from      date,
    card_valid_to        date,
    loan_amount_vnd      bigint,
    repayment_status     varchar(10)   check (repayment_status in ('ON_TIME', 'OVERDUE', 'REPAID')),
    employed_after       boolean,
    ended_on             date,
    end_reason           varchar(300),
    change_seq           bigint        not null,
    change_kind          varchar(8)    not null check (change_kind in ('NEW', 'CHANGED', 'ENDED')),
    created_at           timestamptz   not null,
    created_by           varchar(100)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(100)  not null,
    version              bigint        not null default 0,
    check ((member_id is null) = (person_id is null)),
    check (valid_to is null or valid_to >= valid_from),
    check ((state in ('EXPIRED', 'REVOKED')) = (ended_on is not null))
);
-- one live entitlement per program and person (or household)
create unique index ux_entitlement_live on entitlement (program_code, coalesce(person_id, household_id))
    where state not in ('EXPIRED', 'REVOKED');
create index ix_entitlement_household on entitlement (household_id, program_code);
create index ix_entitlement_feed on entitlement (program_code, change_seq);
create index ix_entitlement_list on entitlement (commune_code, program_code, state);

-- Numbers are taken in commit order: writers queue on one lock for the rest of their transaction, so a reader
-- never sees change n+1 before change n is committed, and a cursor never skips a change.
create function entitlement_changed() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(872022);
    new.change_seq := nextval('entitlement_change_seq');
    new.change_kind := case when tg_op = 'INSERT' then 'NEW'
                            when new.state in ('EXPIRED', 'REVOKED') then 'ENDED' else 'CHANGED' end;
    return new;
end $$;
create trigger entitlement_change_seq before insert or update on entitlement
    for each row execute function entitlement_changed();

create table entitlement_event (
    id             uuid         primary key,
    entitlement_id uuid         not null references entitlement (id),
    kind           varchar(20)  not null,
    from_state     varchar(12),
    to_state       varchar(12)  not null,
    occurred_on    date         not null,
    detail         jsonb        not null default '{}',
    recorded_at    timestamptz  not null,
    recorded_by    varchar(100) not null
);
create index ix_entitlement_event on entitlement_event (entitlement_id, recorded_at);
create function entitlement_event_is_history() returns trigger language plpgsql as $$
begin
    raise exception 'entitlement_event is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger entitlement_event_append_only before update or delete on entitlement_event
    for each row execute function entitlement_event_is_history();

-- Partner writes replay their first answer for the same key and body (Idempotency-Key).
create table idempotency_record (
    client_id    varchar(100) not null,
    key          varchar(100) not null,
    request_hash varchar(64)  not null,
    status       integer,
    response     text,
    created_at   timestamptz  not null,
    primary key (client_id, key)
);
