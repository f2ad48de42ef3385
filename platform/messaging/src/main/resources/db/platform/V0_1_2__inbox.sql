-- platform/messaging: the idempotent inbox. A consumer records each event id in the transaction of its effect.
create table inbox_event (
    consumer    text        not null,
    event_id    uuid        not null,
    event_type  text        not null,
    received_at timestamptz not null,
    primary key (consumer, event_id)
);
