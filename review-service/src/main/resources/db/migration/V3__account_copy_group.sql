-- Every service's copy of an account keeps its group, as planning's does (platform/messaging's CopiedAccount).
alter table account_copy add column parent_id uuid;
