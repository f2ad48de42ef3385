-- Our people on an account. Exactly one account manager per account, enforced here as well as in the service.
create table team_member (
    id           uuid         primary key,
    account_id   uuid         not null references account (id),
    user_id      varchar(100) not null,
    display_name varchar(200),
    role         varchar(30)  not null check (role in ('ACCOUNT_MANAGER', 'EXECUTIVE_SPONSOR', 'MENTOR', 'TECHNICAL',
                                                       'COMMERCIAL', 'OPERATIONS', 'SERVICE', 'FINANCE', 'OTHER')),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null,
    unique (account_id, user_id)
);
create unique index team_member_one_account_manager on team_member (account_id) where role = 'ACCOUNT_MANAGER';
create index team_member_user on team_member (user_id);

-- The attributes a kam-admin adds to every stakeholder of the decision-making unit.
create table dmu_attribute (
    name           varchar(60)  primary key,
    type           varchar(10)  not null check (type in ('TEXT', 'NUMBER', 'BOOLEAN', 'CHOICE')),
    allowed_values jsonb        not null default '[]',
    description    varchar(500),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null
);

-- The customer's people in the decision-making unit, with their org chart.
create table stakeholder (
    id            uuid         primary key,
    account_id    uuid         not null references account (id),
    name          varchar(200) not null,
    title         varchar(200),
    department    varchar(200),
    level         varchar(50),
    reports_to_id uuid         references stakeholder (id),
    buying_roles  jsonb        not null default '[]',
    attitude      varchar(20)  not null check (attitude in ('CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SCEPTIC', 'BLOCKER')),
    influence     integer      not null check (influence between 1 and 5),
    attributes    jsonb        not null default '{}',
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null
);
create index stakeholder_account on stakeholder (account_id);
create index stakeholder_reports_to on stakeholder (reports_to_id);

-- Each team member x stakeholder pair.
create table relationship (
    id                     uuid        primary key,
    account_id             uuid        not null references account (id),
    team_member_id         uuid        not null references team_member (id),
    stakeholder_id         uuid        not null references stakeholder (id),
    strength               integer     not null check (strength between 1 and 5),
    last_contact           date,
    contact_frequency_days integer     check (contact_frequency_days > 0),
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null,
    unique (team_member_id, stakeholder_id)
);
create index relationship_account on relationship (account_id);
create index relationship_stakeholder on relationship (stakeholder_id);

-- Our revenue and margin at an account per period, with the customer's spend in our category (the wallet).
create table revenue_record (
    id             uuid           primary key,
    account_id     uuid           not null references account (id),
    period         varchar(7)     not null,
    revenue        numeric(19, 2) not null,
    margin         numeric(19, 2),
    category_spend numeric(19, 2),
    currency       varchar(3)     not null,
    recorded_at    timestamptz    not null,
    version        bigint         not null,
    unique (account_id, period)
);
