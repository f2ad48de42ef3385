-- platform/messaging: each event's place among its record key's events (1, 2, 3, ... in commit order), taken from
-- outbox_key under its row lock and sent as the CloudEvents sequence extension (ce_sequence), so that a consumer can
-- check that one account's events reach it in order and without a gap. Null for events written before.
alter table outbox_event add column key_sequence bigint;
