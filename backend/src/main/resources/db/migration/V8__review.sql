-- The annual review (Decision 24/2021/QĐ-TTg, Circular 07/2021/TT-BLĐTBXH): a cycle per year (periodic) or month
-- (regular), one commune review per commune with its stage, one case per household to review, assessments,
-- community meetings with votes, complaints, and the status records a consolidated cycle freezes.

create table review_cycle (
    id                uuid         primary key,
    kind              varchar(10)  not null check (kind in ('PERIODIC', 'REGULAR')),
    year              integer      not null check (year between 2016 and 2100),
    -- regular reviews run monthly from the 15th; a periodic cycle has no month
    month             integer      check (month between 1 and 12),
    standard_code     varchar(20)  not null references poverty_standard (code),
    -- ages, card validity and school attendance are judged on this date
    reference_date    date         not null,
    opens_on          date         not null,
    closes_on         date         not null,
    state             varchar(12)  not null check (state in ('OPEN', 'CONSOLIDATED')),
    consolidated_at   timestamptz,
    consolidated_by   varchar(100),
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(100) not null,
    version           bigint       not null default 0,
    check ((kind = 'PERIODIC') = (month is null)),
    check (closes_on >= opens_on),
    check ((state = 'CONSOLIDATED') = (consolidated_at is not null))
);
create unique index ux_review_cycle_period on review_cycle (kind, year, coalesce(month, 0));

create table commune_review (
    id                uuid         primary key,
    cycle_id          uuid         not null references review_cycle (id),
    commune_code      varchar(16)  not null references area (code),
    stage             varchar(12)  not null check (stage in ('ASSESSING', 'POSTING', 'DECIDED', 'CONSOLIDATED')),
    posted_from       date,
    posted_to         date,
    decision_number   varchar(50),
    decided_on        date,
    decided_by        varchar(100),
    -- households in the commune when the cycle opened: the denominator of the start rate
    households_at_start integer    not null check (households_at_start >= 0),
    updated_at        timestamptz  not null,
    updated_by        varchar(100) not null,
    version           bigint       not null default 0,
    unique (cycle_id, commune_code),
    check ((posted_from is null) = (posted_to is null)),
    check (posted_to is null or posted_to >= posted_from),
    check ((decided_on is null) = (stage in ('ASSESSING', 'POSTING')))
);

create table review_case (
    id                uuid         primary key,
    commune_review_id uuid         not null references commune_review (id),
    cycle_id          uuid         not null references review_cycle (id),
    household_id      uuid         not null references household (id),
    hamlet_code       varchar(16)  not null references area (code),
    -- LIST: on the poor or near-poor list when the cycle opened; APPLICATION: filed Form 01
    origin            varchar(12)  not null check (origin in ('LIST', 'APPLICATION')),
    applied_on        date,
    status_start      varchar(16)  not null check (status_start in ('POOR', 'NEAR_POOR', 'MIDDLE_INCOME', 'NOT_POOR')),
    state             varchar(12)  not null check (state in ('LISTED', 'ASSESSED', 'AGREED', 'RETURNED', 'DISPUTED', 'DECIDED')),
    proposed_status   varchar(16)  check (proposed_status in ('POOR', 'NEAR_POOR', 'MIDDLE_INCOME', 'NOT_POOR')),
    final_status      varchar(16)  check (final_status in ('POOR', 'NEAR_POOR', 'MIDDLE_INCOME', 'NOT_POOR')),
    updated_at        timestamptz  not null,
    updated_by        varchar(100) not null,
    version           bigint       not null default 0,
    unique (cycle_id, household_id),
    check ((origin = 'APPLICATION') = (applied_on is not null)),
    check ((state = 'DECIDED') = (final_status is not null))
);
create index ix_review_case_commune on review_case (commune_review_id, hamlet_code, state);

-- Every (re-)assessment is kept; the case shows the latest.
create table review_assessment (
    id                          uuid         primary key,
    case_id                     uuid         not null references review_case (id),
    assessed_on                 date         not null,
    assessed_by                 varchar(100) not null,
    reviewer_name               varchar(200) not null,
    -- form A (quick identification) for applicants: false means clearly better off, not taken further
    screening_passed            boolean,
    monthly_income_per_capita_vnd bigint     check (monthly_income_per_capita_vnd >= 0),
    income_score                integer      check (income_score >= 0),
    -- form B1 answers as the reviewer scored them: [{code, label, points}]
    income_score_items          jsonb,
    -- form B2: [{code, proposed, evidence, deprived, overridden, reason}]
    indicators                  jsonb        not null,
    deprivation_count           integer      not null check (deprivation_count >= 0),
    deprivation_score           integer,
    status                      varchar(16)  not null check (status in ('POOR', 'NEAR_POOR', 'MIDDLE_INCOME', 'NOT_POOR')),
    standard_code               varchar(20)  not null references poverty_standard (code),
    note                        varchar(1000),
    created_at                  timestamptz  not null,
    check ((monthly_income_per_capita_vnd is null) <> (income_score is null))
);
create index ix_review_assessment_case on review_assessment (case_id, created_at desc);

create table review_meeting (
    id                uuid         primary key,
    commune_review_id uuid         not null references commune_review (id),
    hamlet_code       varchar(16)  not null references area (code),
    held_on           date         not null,
    chair_name        varchar(200) not null,
    attendees         integer      not null check (attendees > 0),
    minutes_note      varchar(2000),
    recorded_at       timestamptz  not null,
    recorded_by       varchar(100) not null
);
create index ix_review_meeting_commune on review_meeting (commune_review_id, held_on);

create table review_vote (
    meeting_id        uuid         not null references review_meeting (id),
    case_id           uuid         not null references review_case (id),
    agree             integer      not null check (agree >= 0),
    proposed_status   varchar(16)  not null,
    agreed            boolean      not null,
    primary key (meeting_id, case_id)
);
create index ix_review_vote_case on review_vote (case_id);

create table review_complaint (
    id                uuid         primary key,
    case_id           uuid         not null references review_case (id),
    received_on       date         not null,
    complainant       varchar(200) not null,
    content           varchar(2000) not null,
    state             varchar(10)  not null check (state in ('OPEN', 'RESOLVED')),
    outcome           varchar(10)  check (outcome in ('UPHELD', 'REJECTED')),
    rechecked_status  varchar(16)  check (rechecked_status in ('POOR', 'NEAR_POOR', 'MIDDLE_INCOME', 'NOT_POOR')),
    resolution_note   varchar(2000),
    resolved_on       date,
    resolved_by       varchar(100),
    recorded_at       timestamptz  not null,
    recorded_by       varchar(100) not null,
    check ((state = 'RESOLVED') = (outcome is not null)),
    check ((state = 'RESOLVED') = (resolved_on is not null))
);
create index ix_review_complaint_case on review_complaint (case_id, state);

-- One status record per household per consolidated cycle (status at start and end, and the move between them).
-- Written once when the district consolidates; later edits to a household never touch it.
create table household_status_record (
    id                uuid         primary key,
    household_id      uuid         not null references household (id),
    cycle_id          uuid         not null references review_cycle (id),
    year              integer      not null,
    commune_code      varchar(16)  not null references area (code),
    status_start      varchar(16)  not null check (status_start in ('POOR', 'NEAR_POOR', 'MIDDLE_INCOME', 'NOT_POOR')),
    status_end        varchar(16)  not null check (status_end in ('POOR', 'NEAR_POOR', 'MIDDLE_INCOME', 'NOT_POOR')),
    transition        varchar(24)  not null,
    standard_code     varchar(20)  not null references poverty_standard (code),
    decided_on        date         not null,
    -- the day a household left the poor (or near-poor) list: benefits apply windows from it (3 years for loans)
    escaped_on        date,
    frozen_at         timestamptz  not null,
    unique (household_id, cycle_id)
);
create index ix_status_record_household on household_status_record (household_id, decided_on desc);
create index ix_status_record_cycle on household_status_record (cycle_id, commune_code, transition);

create function household_status_record_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'household_status_record is frozen once written' using errcode = 'insufficient_privilege';
end $$;
create trigger household_status_record_frozen before update on household_status_record
    for each row execute function household_status_record_is_frozen();
