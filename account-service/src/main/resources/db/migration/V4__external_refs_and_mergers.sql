-- The ids other systems know an account by (an ERP customer number, a CRM id): system to id, kept with the profile.
alter table account add column external_refs jsonb not null default '{}';

-- One account per system and id, and one id per system and account: what lets another system upsert by its own id
-- and join an event to its own customer. Written with the profile, in its transaction.
create table account_external_ref (
    system      varchar(30)  not null,
    external_id varchar(100) not null,
    account_id  uuid         not null references account (id),
    primary key (system, external_id),
    unique (account_id, system)
);

-- A merger archives the merged account, naming the account that goes on in its place.
alter table account add column merged_into_id uuid references account (id);
