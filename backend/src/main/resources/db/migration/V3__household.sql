create sequence household_code_seq;

create table household (
    id                            uuid         primary key,
    code                          varchar(20)  not null unique,
    commune_code                  varchar(16)  not null references area (code),
    hamlet_code                   varchar(16)  not null references area (code),
    address                       varchar(300) not null,
    phone                         varchar(20),
    monthly_income_per_capita_vnd bigint       check (monthly_income_per_capita_vnd >= 0),
    floor_area_m2                 numeric(7, 2) check (floor_area_m2 >= 0),
    wall_material                 varchar(30),
    column_material               varchar(30),
    roof_material                 varchar(30),
    water_source                  varchar(30),
    latrine_type                  varchar(30),
    uses_telecom                  boolean,
    hears_loudspeaker             boolean,
    devices                       varchar(20)[] not null default '{}',
    -- Kept in step with the members by the service: lists sort and show them for 100k+ rows without a join.
    head_name                     varchar(200) not null,
    member_count                  integer      not null check (member_count >= 0),
    archived_at                   timestamptz,
    archive_reason                varchar(20)  check (archive_reason in ('MOVED_AWAY', 'MERGED', 'DISSOLVED', 'DUPLICATE')),
    archive_note                  varchar(1000),
    merged_into_id                uuid         references household (id),
    created_at                    timestamptz  not null,
    created_by                    varchar(100) not null,
    updated_at                    timestamptz  not null,
    updated_by                    varchar(100) not null,
    version                       bigint       not null default 0,
    check ((archived_at is null) = (archive_reason is null))
);
create index ix_household_commune_code on household (commune_code, code);
create index ix_household_hamlet on household (hamlet_code);
create index ix_household_updated on household (updated_at desc, id);
create index ix_household_head_name on household (commune_code, gn_search_key(head_name), id);
create index ix_household_code_trgm on household using gin (code gin_trgm_ops);

create table household_member (
    id                  uuid         primary key,
    -- the same person keeps one person_id across households (moves keep their history)
    person_id           uuid         not null,
    household_id        uuid         not null references household (id),
    full_name           varchar(200) not null,
    name_key            text         generated always as (gn_search_key(full_name)) stored,
    date_of_birth       date         not null,
    sex                 varchar(6)   not null check (sex in ('MALE', 'FEMALE')),
    relationship        varchar(20)  not null,
    citizen_id          varchar(12) check (citizen_id ~ '^[0-9]{12}$'),
    ethnicity           varchar(20)  not null,
    disability          varchar(20)  not null,
    school_attendance   varchar(20)  not null,
    education_level     varchar(30)  not null,
    employment          varchar(30)  not null,
    labour_contract     varchar(20)  not null,
    hi_card_number      varchar(15),
    hi_card_expiry      date,
    joined_on           date         not null,
    join_reason         varchar(20)  not null,
    left_on             date,
    leave_reason        varchar(20),
    leave_note          varchar(500),
    -- a current member of a household that is not archived: the scope of citizen-id uniqueness
    active              boolean      not null,
    check ((left_on is null) = (leave_reason is null)),
    check (left_on is null or left_on >= joined_on),
    check (not active or left_on is null)
);
create index ix_member_household on household_member (household_id, joined_on);
create index ix_member_person on household_member (person_id);
create unique index ux_member_citizen_active on household_member (citizen_id) where active and citizen_id is not null;
create index ix_member_citizen on household_member (citizen_id) where citizen_id is not null;
create unique index ux_member_one_head on household_member (household_id) where left_on is null and relationship = 'HEAD';
create index ix_member_name_trgm on household_member using gin (name_key gin_trgm_ops) where left_on is null;
