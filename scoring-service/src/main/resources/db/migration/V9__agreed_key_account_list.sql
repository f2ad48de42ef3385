-- The agreed key-account list: scores propose, people agree. Each version is kept whole (a few dozen entries), so
-- "which accounts were key on 1 March" is one row: the latest version agreed by then.
create table key_account_list (
    version   integer       primary key,
    reason    varchar(20)   not null check (reason in ('LIST_AGREED', 'OVERRIDE', 'OVERRIDE_EXPIRED', 'AUTOMATIC')),
    model_id  uuid          not null,
    round_id  uuid,
    agreed_by varchar(100)  not null,
    agreed_at timestamptz   not null,
    note      varchar(1000),
    entries   jsonb         not null
);
create index key_account_list_as_of on key_account_list (agreed_at desc, version desc);

-- A selection round: the list the active model proposes, people's edits to it, and its decision. One is open at a
-- time, which the index enforces against two kam-admins starting one at once.
create table selection_round (
    id           uuid          primary key,
    status       varchar(10)   not null check (status in ('OPEN', 'APPROVED', 'DISCARDED')),
    title        varchar(200)  not null,
    model_id     uuid          not null references scoring_model (id),
    base_version integer,
    proposed_by  varchar(100)  not null,
    proposed_at  timestamptz   not null,
    decided_by   varchar(100),
    decided_at   timestamptz,
    list_version integer,
    note         varchar(1000),
    proposal     jsonb         not null,
    edits        jsonb         not null,
    version      bigint        not null
);
create unique index selection_round_one_open on selection_round ((status)) where status = 'OPEN';
create index selection_round_newest on selection_round (proposed_at desc, id);

-- How the list follows the scores: only by approval (MANUAL), or by itself with hysteresis (AUTOMATIC).
create table selection_policy (
    id         smallint      primary key check (id = 1),
    mode       varchar(10)   not null check (mode in ('MANUAL', 'AUTOMATIC')),
    margin     numeric(5, 2) not null,
    days_out   integer,
    updated_by varchar(100)  not null,
    updated_at timestamptz   not null
);

-- The accounts the scores propose as key: the drift and the proposals read only these few rows.
create index account_score_proposed on account_score (account_id) where tier is not null;
