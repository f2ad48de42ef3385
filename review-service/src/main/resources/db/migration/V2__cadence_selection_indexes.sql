-- The cadence is reconciled on every score and tier event, and each time reads the top N, the key tiers and who is
-- in the cadence. Without these indexes each read scanned every account: after a model publication over 100,000
-- accounts, review digested about 100 score events a second (bench/run's S5), PostgreSQL at full CPU.
create index account_copy_ranking on account_copy (score desc, account_id)
    where name is not null and (status is null or status <> 'ARCHIVED') and score is not null;
create index account_copy_by_tier on account_copy (tier) where tier is not null;
create index account_copy_in_cadence on account_copy (name) where in_cadence;
