-- The payload is stored as the service wrote it (json keeps the text; jsonb parses and re-orders it). The relay only
-- passes it on, so parsing it on every insert was pure cost: about a second per 100,000 events.
alter table outbox_event alter column payload type json;
