-- What review keeps of each account from the account and scoring events: its name and team (who attends, who may
-- change its reviews), its tier and score (who is in the cadence, what changed since the last review), and its
-- relationship coverage (the gaps on the agenda).
create table account_copy (
    account_id      uuid          primary key,
    name            varchar(200),
    status          varchar(20),
    account_manager varchar(100),
    -- user id -> team role (ACCOUNT_MANAGER, EXECUTIVE_SPONSOR, MENTOR, ...)
    team            jsonb         not null default '{}',
    tier            varchar(60),
    score           double precision,
    coverage_status int,
    coverage_label  varchar(200),
    single_threaded boolean,
    -- Whether the account gets the 90-day review cadence under the current policy.
    in_cadence      boolean       not null default false,
    updated_at      timestamptz   not null
);
create index account_copy_by_score on account_copy (score desc nulls last);

-- Every score and tier the account had, with when: the agenda's "since the last review" and the quarter's trend.
create table score_point (
    id          bigserial        primary key,
    account_id  uuid             not null,
    recorded_at timestamptz      not null,
    score       double precision,
    tier        varchar(60)
);
create index score_point_by_account on score_point (account_id, recorded_at);

-- What review keeps of each plan from the planning events: approved or closed, and how delivery goes.
create table plan_copy (
    plan_id             uuid          primary key,
    account_id          uuid          not null,
    title               varchar(200)  not null,
    revision            int           not null,
    status              varchar(12)   not null check (status in ('APPROVED', 'CLOSED')),
    approved_on         date          not null,
    objectives_achieved jsonb         not null default '[]',
    updated_at          timestamptz   not null
);
create index plan_copy_by_account on plan_copy (account_id);

create table plan_action_copy (
    action_id    uuid          primary key,
    plan_id      uuid          not null,
    account_id   uuid          not null,
    title        varchar(500)  not null,
    owner        varchar(100)  not null,
    due_date     date          not null,
    overdue      boolean       not null,
    completed_on date,
    on_time      boolean
);
create index plan_action_copy_by_account on plan_action_copy (account_id);

-- The one cadence policy, set by a kam-admin; the row starts with DOMAIN.md's defaults.
create table cadence_policy (
    id                   int           primary key check (id = 1),
    selection            varchar(10)   not null check (selection in ('TOP_N', 'TIERS')),
    top_n                int           not null check (top_n > 0),
    tiers                jsonb         not null,
    interval_days        int           not null check (interval_days > 0),
    horizon_months       int           not null check (horizon_months > 0),
    mentor_interval_days int           not null check (mentor_interval_days > 0),
    required_roles       jsonb         not null,
    invited              jsonb         not null,
    meeting_time         time          not null,
    duration_minutes     int           not null check (duration_minutes > 0),
    time_zone            varchar(60)   not null,
    missed_after_days    int           not null check (missed_after_days >= 0),
    action_due_days      int           not null check (action_due_days > 0),
    updated_by           varchar(100)  not null,
    updated_at           timestamptz   not null,
    version              bigint        not null
);
insert into cadence_policy values (1, 'TOP_N', 20, '[]', 90, 12, 120, '["ACCOUNT_MANAGER", "EXECUTIVE_SPONSOR"]',
    '[]', '10:00', 90, 'UTC', 7, 30, 'system', now(), 0);

-- An account review or a mentor review of a plan, booked for a day and time.
create table review (
    id               uuid          primary key,
    account_id       uuid          not null,
    kind             varchar(10)   not null check (kind in ('ACCOUNT', 'MENTOR')),
    plan_id          uuid,
    origin           varchar(10)   not null check (origin in ('CADENCE', 'MANUAL', 'PLAN')),
    status           varchar(10)   not null check (status in ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'MISSED')),
    meeting_date     date          not null,
    starts_at        timestamptz   not null,
    duration_minutes int           not null,
    -- iCalendar SEQUENCE: how many times the meeting moved or was cancelled.
    sequence         int           not null,
    attendees        jsonb         not null,
    -- Each reschedule and the cancellation, with who, when and why.
    changes          jsonb         not null,
    cancel_reason    varchar(1000),
    outcome          jsonb,
    held_on          date,
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null
);
create index review_by_account on review (account_id, starts_at);
create index review_by_start on review (starts_at, id);
create index review_scheduled on review (meeting_date) where status = 'SCHEDULED';
-- One booked meeting of a kind per account and day.
create unique index review_one_a_day on review (account_id, kind, meeting_date) where status = 'SCHEDULED';

-- Something agreed at a review: an owner, a due date (30 days after the meeting unless agreed otherwise).
create table action_item (
    id                  uuid          primary key,
    review_id           uuid          not null references review (id),
    account_id          uuid          not null,
    title               varchar(500)  not null,
    owner               varchar(100)  not null,
    due_date            date          not null,
    status              varchar(10)   not null check (status in ('OPEN', 'CLOSED')),
    raised_on           date          not null,
    closed_on           date,
    closed_by           varchar(100),
    overdue_reported_at timestamptz,
    version             bigint        not null
);
create index action_item_by_account on action_item (account_id, raised_on);
create index action_item_open on action_item (due_date) where status = 'OPEN';
create index action_item_by_raised on action_item (raised_on, id);

-- The quarterly results as published, each edition kept: what the executive meeting saw.
create table published_results (
    id           uuid          primary key,
    quarter      varchar(7)    not null,
    edition      int           not null,
    results      json          not null,
    published_by varchar(100)  not null,
    published_at timestamptz   not null,
    unique (quarter, edition)
);

-- Portfolio concentration as scoring measured it (kam.scoring.concentration-measured.v1); the quarter's results show
-- the last measure within the quarter.
create table concentration_snapshot (
    id            bigserial        primary key,
    measured_at   timestamptz      not null,
    accounts      int              not null,
    top20_share   double precision not null,
    hhi           double precision not null,
    flagged       jsonb            not null
);
create index concentration_snapshot_by_time on concentration_snapshot (measured_at);
