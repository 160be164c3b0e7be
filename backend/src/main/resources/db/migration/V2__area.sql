create table area (
    code           varchar(16)  primary key,
    name           varchar(200) not null,
    level          varchar(16)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'HAMLET')),
    unit_type      varchar(20)  not null check (unit_type in ('PROVINCE', 'RURAL_DISTRICT', 'CITY', 'COMMUNE', 'TOWNSHIP', 'WARD', 'HAMLET', 'NEIGHBOURHOOD')),
    parent_code    varchar(16)  references area (code),
    area_type      varchar(8)   check (area_type in ('URBAN', 'RURAL')),
    valid_from     date         not null,
    valid_to       date,
    successor_code varchar(16)  references area (code),
    demo           boolean      not null default false,
    check (valid_to is null or valid_to >= valid_from),
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index ix_area_parent on area (parent_code, code);

-- GSO administrative codes (snapshot valid 2021-11-01 .. 2023-04-10). Urban/rural follows the statistical
-- convention (township = urban, commune = rural) and is data, editable when the decree text says otherwise.
insert into area (code, name, level, unit_type, parent_code, area_type, valid_from) values
    ('87',    'Tỉnh Đồng Tháp',            'PROVINCE', 'PROVINCE',       null,  null,    '2004-01-01'),
    ('870',   'Huyện Hồng Ngự',            'DISTRICT', 'RURAL_DISTRICT', '87',  null,    '2020-01-01'),
    ('29956', 'Xã Thường Phước 1',         'COMMUNE',  'COMMUNE',        '870', 'RURAL', '2020-01-01'),
    ('29962', 'Xã Thường Thới Hậu A',      'COMMUNE',  'COMMUNE',        '870', 'RURAL', '2020-01-01'),
    ('29971', 'Thị trấn Thường Thới Tiền', 'COMMUNE',  'TOWNSHIP',       '870', 'URBAN', '2020-01-01'),
    ('29974', 'Xã Thường Phước 2',         'COMMUNE',  'COMMUNE',        '870', 'RURAL', '2020-01-01'),
    ('29977', 'Xã Thường Lạc',             'COMMUNE',  'COMMUNE',        '870', 'RURAL', '2020-01-01'),
    ('29980', 'Xã Long Khánh A',           'COMMUNE',  'COMMUNE',        '870', 'RURAL', '2020-01-01'),
    ('29983', 'Xã Long Khánh B',           'COMMUNE',  'COMMUNE',        '870', 'RURAL', '2020-01-01'),
    ('29992', 'Xã Long Thuận',             'COMMUNE',  'COMMUNE',        '870', 'RURAL', '2020-01-01'),
    ('29995', 'Xã Phú Thuận B',            'COMMUNE',  'COMMUNE',        '870', 'RURAL', '2020-01-01'),
    ('29998', 'Xã Phú Thuận A',            'COMMUNE',  'COMMUNE',        '870', 'RURAL', '2020-01-01');

-- Hamlet lists per commune are not published; these are demo units, flagged as such, to be replaced by the
-- communes' own lists. Communes have hamlets (ấp), the township has neighbourhoods (khóm).
insert into area (code, name, level, unit_type, parent_code, area_type, valid_from, demo)
select c.code || '-' || lpad(n::text, 2, '0'),
       case when c.unit_type = 'TOWNSHIP' then 'Khóm ' else 'Ấp ' end || n,
       'HAMLET',
       case when c.unit_type = 'TOWNSHIP' then 'NEIGHBOURHOOD' else 'HAMLET' end,
       c.code, c.area_type, '2020-01-01', true
from area c
cross join lateral generate_series(1, case when c.unit_type = 'TOWNSHIP' then 5 else 6 end) as n
where c.level = 'COMMUNE';
