-- What planning keeps of each account from the account and scoring events: enough to name it, to check who is on
-- its team, and to know whether it is a key account.
create table account_copy (
    account_id      uuid         primary key,
    name            varchar(200),
    status          varchar(20),
    parent_id       uuid,
    account_manager varchar(100),
    -- user id -> team role (ACCOUNT_MANAGER, EXECUTIVE_SPONSOR, MENTOR, ...)
    team            jsonb        not null default '{}',
    tier            varchar(60),
    updated_at      timestamptz  not null
);

-- A plan for an account (or a satellite for one of its units or one of our departments) and a period. The content
-- is the plan as drafted; once a revision is approved its content is kept in plan_revision and never changes.
create table plan (
    id                  uuid          primary key,
    account_id          uuid          not null,
    title               varchar(200)  not null,
    scope               varchar(12)   not null check (scope in ('ACCOUNT', 'UNIT', 'DEPARTMENT')),
    unit_account_id     uuid,
    department          varchar(200),
    parent_plan_id      uuid          references plan (id),
    parent_objective_id uuid,
    period_start        date          not null,
    horizon_years       int           not null check (horizon_years between 1 and 10),
    status              varchar(12)   not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'ACTIVE', 'CLOSED')),
    revision            int           not null,
    approved_revision   int,
    content             jsonb         not null,
    -- How the plan is going, recorded without a new revision: objective values, opportunity stages.
    progress            jsonb         not null,
    -- The core team members who committed to the revision under review, and the mentor's comments.
    commitments         jsonb         not null,
    comments            jsonb         not null,
    close_reason        varchar(1000),
    created_by          varchar(100)  not null,
    created_at          timestamptz   not null,
    last_change_at      timestamptz   not null,
    version             bigint        not null
);
create index plan_account on plan (account_id);
create index plan_parent on plan (parent_plan_id);

-- Every approved revision, as approved.
create table plan_revision (
    plan_id     uuid         not null references plan (id),
    revision    int          not null,
    title       varchar(200) not null,
    content     jsonb        not null,
    approved_by varchar(100) not null,
    approved_at timestamptz  not null,
    primary key (plan_id, revision)
);

-- The actions of a plan: the work that delivers it, tracked as it happens, without a new revision.
create table plan_action (
    id                  uuid          primary key,
    plan_id             uuid          not null references plan (id),
    account_id          uuid          not null,
    objective_id        uuid,
    title               varchar(500)  not null,
    owner               varchar(100)  not null,
    due_date            date          not null,
    status              varchar(12)   not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    origin              varchar(10)   not null check (origin in ('PLAN', 'REVIEW')),
    -- The review action item it came from: one action per item, whatever is redelivered.
    origin_ref          uuid          unique,
    created_at          timestamptz   not null,
    completed_on        date,
    overdue_reported_at timestamptz,
    version             bigint        not null
);
create index plan_action_plan on plan_action (plan_id);
create index plan_action_open_due on plan_action (due_date) where status = 'OPEN';
