-- platform/messaging: one row per record key (the aggregate id) that has had an event. Outbox.publish counts its
-- events' keys here before it writes them, which locks each key's row until the transaction ends: a second transaction
-- with an event for the same key waits until the first has committed. One key's events therefore take their positions,
-- and reach the topic, in the order their changes committed, whatever write path made them (two writers of one
-- account's team or relationships lock no common row of their own). A row lock rather than an advisory lock: a
-- transaction with events for 100,000 accounts holds no slot of PostgreSQL's shared lock table.
create table outbox_key (
    aggregateid text   primary key,
    events      bigint not null
);
