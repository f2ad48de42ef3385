-- Every time the probe consumer's handler runs, one row: a repeat would show as a second row.
create table probe_effect (
    seq        bigint generated always as identity primary key,
    event_id   uuid   not null,
    account_id uuid   not null,
    version    bigint not null
);
