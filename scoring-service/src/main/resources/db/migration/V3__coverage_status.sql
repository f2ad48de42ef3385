-- The account's relationship coverage status (0 to 3) from account-service, a derived criterion.
alter table account_fact add column coverage_status integer;
