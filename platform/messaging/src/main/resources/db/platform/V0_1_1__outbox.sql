-- platform/messaging: the transactional outbox. Debezium's outbox table shape (id, aggregatetype, aggregateid, type,
-- payload), so that Debezium's outbox event router can take over from the relay at scale.
create table outbox_event (
    id            uuid        primary key,
    aggregatetype text        not null,
    aggregateid   text        not null,
    type          text        not null,
    payload       jsonb       not null,
    occurred_at   timestamptz not null,
    -- Insert order. One account's writes serialise on the account's row, so its events are in commit order here.
    position      bigint      generated always as identity unique,
    sent_at       timestamptz
);
create index outbox_event_unsent on outbox_event (position) where sent_at is null;

-- Wakes the relay when a transaction that wrote events commits (NOTIFY is delivered on commit, never on rollback).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('kam_outbox', '');
    return null;
end
$$;
create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function outbox_event_notify();
