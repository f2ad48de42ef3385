create table account (
    id                   uuid         primary key,
    name                 varchar(200) not null,
    legal_name           varchar(300),
    industry             varchar(100),
    region               varchar(100),
    country              varchar(2),
    parent_id            uuid         references account (id),
    owner_id             varchar(100),
    status               varchar(20)  not null check (status in ('PROSPECT', 'ACTIVE', 'ARCHIVED')),
    size                 varchar(20)  check (size in ('SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE')),
    currency             varchar(3)   not null,
    mission              varchar(4000),
    vision               varchar(4000),
    account_values       jsonb        not null default '[]',
    business_objectives  jsonb        not null default '[]',
    strategy             varchar(4000),
    markets              jsonb        not null default '[]',
    customer_competitors jsonb        not null default '[]',
    our_competitors      jsonb        not null default '[]',
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    archived_at          timestamptz,
    version              bigint       not null
);
-- Keyset paging by each sort field, id as the tie-breaker.
create index account_name_id on account (name, id);
create index account_created_at_id on account (created_at, id);
create index account_updated_at_id on account (updated_at, id);
create index account_parent_id on account (parent_id);
create index account_owner_id on account (owner_id);
