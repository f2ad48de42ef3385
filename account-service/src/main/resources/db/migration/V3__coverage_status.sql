-- The last relationship coverage status published for the account, so that a change goes out once.
alter table account add column coverage_status integer check (coverage_status between 0 and 3);
