-- Scoring model versions. A draft can change; a published version never does. One is active (PUBLISHED) at a time.
create table scoring_model (
    id              uuid          primary key,
    name            varchar(200)  not null,
    status          varchar(12)   not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    criteria        jsonb         not null,
    tier_scheme     jsonb         not null,
    matrix_midpoint numeric(5, 2) not null,
    created_at      timestamptz   not null,
    published_at    timestamptz,
    version         bigint        not null
);
create unique index scoring_model_one_active on scoring_model ((status)) where status = 'PUBLISHED';

-- What scoring knows of each account, kept from the account events.
create table account_fact (
    account_id  uuid         primary key,
    name        varchar(200) not null,
    status      varchar(20)  not null,
    parent_id   uuid,
    region      varchar(100),
    currency    varchar(3),
    revenue     jsonb        not null default '{}',
    updated_at  timestamptz  not null
);
create index account_fact_parent on account_fact (parent_id);

-- People's ratings of the rated criteria, with their history: the latest per account and criterion counts.
create table rating (
    id            uuid           primary key,
    account_id    uuid           not null,
    criterion_key varchar(60)    not null,
    value         numeric(12, 4) not null,
    rater         varchar(100)   not null,
    comment       varchar(1000),
    rated_at      timestamptz    not null
);
create index rating_account on rating (account_id, criterion_key, rated_at desc);

-- The current score of each account under the active model, with its explanation.
create table account_score (
    account_id     uuid          primary key,
    model_id       uuid          not null references scoring_model (id),
    score          numeric(7, 4),
    attractiveness numeric(7, 4),
    strength       numeric(7, 4),
    completeness   numeric(5, 4) not null,
    tier           varchar(60),
    quadrant       varchar(12),
    explanation    jsonb         not null,
    computed_at    timestamptz   not null
);
create index account_score_rank on account_score (score desc nulls last, account_id);

-- Every score an account had, so that "what was its tier on 1 March" has an answer.
create table score_history (
    id             uuid          primary key,
    account_id     uuid          not null,
    model_id       uuid          not null,
    score          numeric(7, 4),
    attractiveness numeric(7, 4),
    strength       numeric(7, 4),
    completeness   numeric(5, 4) not null,
    tier           varchar(60),
    quadrant       varchar(12),
    explanation    jsonb         not null,
    valid_from     timestamptz   not null
);
create index score_history_as_of on score_history (account_id, valid_from desc);

-- A manual tier, with its reason, until it expires by itself.
create table tier_override (
    account_id uuid         primary key,
    tier       varchar(60),
    reason     varchar(1000) not null,
    expires_on date         not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null
);
