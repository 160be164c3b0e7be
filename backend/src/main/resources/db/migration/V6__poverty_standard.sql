-- Poverty standards as versioned rule packs: thresholds, indicators and the legal text they come from.
-- Values the sources did not confirm are listed in poverty_standard.unconfirmed and shown as such by the API.
create table poverty_indicator (
    code           varchar(40)  primary key,
    dimension      varchar(20)  not null check (dimension in ('EMPLOYMENT', 'HEALTH', 'EDUCATION', 'HOUSING', 'WATER_SANITATION', 'INFORMATION', 'ENVIRONMENT')),
    name_vi        varchar(200) not null,
    name_en        varchar(200) not null,
    description_vi text         not null,
    description_en text         not null
);

create table poverty_standard (
    code                       varchar(20)  primary key,
    name                       varchar(200) not null,
    legal_citation             varchar(300) not null,
    valid_from                 date         not null,
    valid_to                   date,
    rule                       varchar(30)  not null check (rule in ('INCOME_OR_DEPRIVATION', 'INCOME_AND_DEPRIVATION')),
    deprivation_cutoff         integer      not null check (deprivation_cutoff > 0),
    score_points_per_indicator integer      check (score_points_per_indicator > 0),
    draft                      boolean      not null default false,
    unconfirmed                varchar(80)[] not null default '{}',
    check (valid_to is null or valid_to >= valid_from)
);

create table poverty_threshold (
    standard_code             varchar(20) not null references poverty_standard (code),
    area_type                 varchar(8)  not null check (area_type in ('URBAN', 'RURAL')),
    poverty_line_vnd          bigint      not null check (poverty_line_vnd > 0),
    -- 2016–2021 only: the top of the band where deprivations decide between poor and near-poor
    near_poor_ceiling_vnd     bigint      check (near_poor_ceiling_vnd > poverty_line_vnd),
    middle_income_ceiling_vnd bigint      check (middle_income_ceiling_vnd > poverty_line_vnd),
    -- score A (form B1) that stands for the poverty line, where the standard is scored
    income_score_line         integer     check (income_score_line > 0),
    primary key (standard_code, area_type)
);

create table poverty_standard_indicator (
    standard_code  varchar(20) not null references poverty_standard (code),
    indicator_code varchar(40) not null references poverty_indicator (code),
    position       integer     not null,
    primary key (standard_code, indicator_code),
    unique (standard_code, position)
);

insert into poverty_indicator (code, dimension, name_vi, name_en, description_vi, description_en) values
('EMPLOYMENT', 'EMPLOYMENT', 'Việc làm', 'Employment',
 'Có thành viên trong độ tuổi lao động thất nghiệp, hoặc làm công ăn lương không có hợp đồng lao động.',
 'A working-age member is unemployed, or works for wages without a labour contract.'),
('DEPENDANTS', 'EMPLOYMENT', 'Người phụ thuộc trong hộ gia đình', 'Dependants in the household',
 'Người phụ thuộc (trẻ em dưới 16 tuổi, người cao tuổi, người khuyết tật) chiếm hơn một nửa số thành viên.',
 'Dependants (children under 16, elderly or disabled people) are more than half of the members.'),
('NUTRITION', 'HEALTH', 'Dinh dưỡng', 'Nutrition',
 'Có trẻ em dưới 16 tuổi suy dinh dưỡng thấp còi hoặc nhẹ cân.',
 'A child under 16 is stunted or underweight.'),
('HEALTH_INSURANCE', 'HEALTH', 'Bảo hiểm y tế', 'Health insurance',
 'Có thành viên từ 6 tuổi trở lên không có thẻ bảo hiểm y tế còn hạn.',
 'A member aged 6 or older has no valid health-insurance card.'),
('ACCESS_TO_HEALTH_SERVICES', 'HEALTH', 'Tiếp cận các dịch vụ y tế', 'Access to health services',
 'Có người bị ốm đau nhưng không đi khám chữa bệnh.',
 'A member was ill but did not seek medical care.'),
('ADULT_EDUCATION', 'EDUCATION', 'Trình độ giáo dục của người lớn', 'Adult education',
 'Có thành viên từ 16 đến 30 tuổi không đi học và chưa có bằng cấp theo độ tuổi (THCS, THPT hoặc sơ cấp nghề trở lên).',
 'A member aged 16–30 is not in education or training and lacks the qualification expected for their age.'),
('CHILD_SCHOOL_ATTENDANCE', 'EDUCATION', 'Tình trạng đi học của trẻ em', 'School attendance of children',
 'Có trẻ em từ 3 đến dưới 16 tuổi không đi học đúng bậc, cấp học phù hợp với độ tuổi.',
 'A child aged 3 to under 16 does not attend the level of schooling suited to their age.'),
('HOUSING_QUALITY', 'HOUSING', 'Chất lượng nhà ở', 'Housing quality',
 'Hộ ở nhà thiếu kiên cố: ít nhất hai trong ba kết cấu chính (tường, cột, mái) làm bằng vật liệu không bền chắc.',
 'The dwelling is non-durable: at least two of walls, columns and roof are of non-durable materials.'),
('HOUSING_AREA', 'HOUSING', 'Diện tích nhà ở bình quân đầu người', 'Floor area per person',
 'Diện tích nhà ở bình quân dưới 8 m² mỗi người.',
 'Less than 8 m² of floor area per person.'),
('DRINKING_WATER', 'WATER_SANITATION', 'Nguồn nước sinh hoạt', 'Domestic water source',
 'Hộ không tiếp cận được nguồn nước sạch (nước máy, giếng khoan, giếng đào được bảo vệ, nước mưa, nước đóng bình…).',
 'No access to a safe water source (piped, drilled well, protected dug well, rainwater, bottled…).'),
('SANITATION', 'WATER_SANITATION', 'Nhà tiêu hợp vệ sinh', 'Hygienic latrine',
 'Hộ không sử dụng nhà tiêu hợp vệ sinh (tự hoại, bán tự hoại, dội nước…).',
 'The household does not use a hygienic latrine (septic, semi-septic, pour-flush…).'),
('TELECOM_SERVICES', 'INFORMATION', 'Sử dụng dịch vụ viễn thông', 'Use of telecom services',
 'Không thành viên nào sử dụng dịch vụ điện thoại hoặc internet.',
 'No member uses telephone or internet services.'),
('INFORMATION_ACCESS', 'INFORMATION', 'Phương tiện phục vụ tiếp cận thông tin', 'Information-access devices',
 'Hộ không có phương tiện nào (ti vi, radio, máy tính, điện thoại thông minh…) và không nghe được hệ thống loa truyền thanh.',
 'The household owns no device (TV, radio, computer, smartphone…) and cannot hear the public loudspeakers.'),
('WASTE_TREATMENT', 'ENVIRONMENT', 'Xử lý rác thải sinh hoạt', 'Household waste treatment',
 'Rác thải sinh hoạt của hộ không được thu gom hoặc xử lý hợp vệ sinh.',
 'Household waste is neither collected nor treated hygienically.');

insert into poverty_standard (code, name, legal_citation, valid_from, valid_to, rule, deprivation_cutoff, score_points_per_indicator, unconfirmed) values
('QD59_2015', 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020',
 'Quyết định 59/2015/QĐ-TTg ngày 19/11/2015; kéo dài năm 2021 theo Nghị định 07/2021/NĐ-CP, Điều 2',
 '2016-01-05', '2021-12-31', 'INCOME_OR_DEPRIVATION', 3, null,
 '{thresholds.RURAL.middleIncomeCeilingVnd,thresholds.URBAN.middleIncomeCeilingVnd}'),
('ND07_2021', 'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
 'Nghị định 07/2021/NĐ-CP ngày 27/01/2021, Điều 3; áp dụng năm 2026 theo Nghị định 351/2025/NĐ-CP',
 '2022-01-01', '2026-12-31', 'INCOME_AND_DEPRIVATION', 3, 10,
 '{indicators.TELECOM_SERVICES,indicators.INFORMATION_ACCESS}'),
('ND351_2025', 'Chuẩn nghèo đa chiều giai đoạn 2026–2030',
 'Nghị định 351/2025/NĐ-CP ngày 30/12/2025',
 '2027-01-01', '2030-12-31', 'INCOME_AND_DEPRIVATION', 3, null,
 '{thresholds.RURAL.middleIncomeCeilingVnd,thresholds.URBAN.middleIncomeCeilingVnd,scorePointsPerIndicator,indicators.WASTE_TREATMENT}');

insert into poverty_threshold (standard_code, area_type, poverty_line_vnd, near_poor_ceiling_vnd, middle_income_ceiling_vnd, income_score_line) values
('QD59_2015', 'RURAL', 700000, 1000000, 1500000, null),
('QD59_2015', 'URBAN', 900000, 1300000, 1950000, null),
('ND07_2021', 'RURAL', 1500000, null, 2250000, 140),
('ND07_2021', 'URBAN', 2000000, null, 3000000, 175),
('ND351_2025', 'RURAL', 2200000, null, null, null),
('ND351_2025', 'URBAN', 2800000, null, null, null);

insert into poverty_standard_indicator (standard_code, indicator_code, position)
select 'QD59_2015', code, ord from unnest(array['ACCESS_TO_HEALTH_SERVICES', 'HEALTH_INSURANCE', 'ADULT_EDUCATION', 'CHILD_SCHOOL_ATTENDANCE',
    'HOUSING_QUALITY', 'HOUSING_AREA', 'DRINKING_WATER', 'SANITATION', 'TELECOM_SERVICES', 'INFORMATION_ACCESS']) with ordinality as t(code, ord)
union all
select 'ND07_2021', code, ord from unnest(array['EMPLOYMENT', 'DEPENDANTS', 'NUTRITION', 'HEALTH_INSURANCE', 'ADULT_EDUCATION',
    'CHILD_SCHOOL_ATTENDANCE', 'HOUSING_QUALITY', 'HOUSING_AREA', 'DRINKING_WATER', 'SANITATION', 'TELECOM_SERVICES',
    'INFORMATION_ACCESS']) with ordinality as t(code, ord)
union all
select 'ND351_2025', code, ord from unnest(array['EMPLOYMENT', 'DEPENDANTS', 'HEALTH_INSURANCE', 'NUTRITION', 'ADULT_EDUCATION',
    'CHILD_SCHOOL_ATTENDANCE', 'HOUSING_AREA', 'HOUSING_QUALITY', 'TELECOM_SERVICES', 'DRINKING_WATER', 'SANITATION',
    'WASTE_TREATMENT']) with ordinality as t(code, ord);
