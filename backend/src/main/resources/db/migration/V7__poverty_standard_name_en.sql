alter table poverty_standard add column name_en varchar(200);
update poverty_standard set name_en = case code
    when 'QD59_2015' then 'Multidimensional poverty standard 2016–2020'
    when 'ND07_2021' then 'Multidimensional poverty standard 2022–2025'
    when 'ND351_2025' then 'Multidimensional poverty standard 2026–2030' end;
alter table poverty_standard alter column name_en set not null;
