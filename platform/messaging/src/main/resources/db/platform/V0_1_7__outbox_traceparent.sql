-- platform/messaging: the W3C traceparent of the change an event records, taken when the change is made and sent
-- with the record as its traceparent header, so that the consumers continue the trace of the request that caused it.
-- Null where the change ran in no trace (a process without the OpenTelemetry agent) and for events written before.
alter table outbox_event add column traceparent text;
