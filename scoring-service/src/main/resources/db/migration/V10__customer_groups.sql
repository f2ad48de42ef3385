-- The customer group is the key account (DOMAIN.md): a unit's score counts in its top-most group's, which is the one
-- candidate ranked; group_id names that group (null: the account is a candidate itself). Kept with the staged scores
-- and the history, so that a past score shows whose tier it shared then.
alter table account_score add column group_id uuid;
alter table account_score_staged add column group_id uuid;
alter table score_history add column group_id uuid;

-- A kam-admin may let units stand alone: each is then a candidate of its own, scored on its own figures.
alter table selection_policy add column units_stand_alone boolean not null default false;

-- Only candidates are ranked.
drop index account_score_rank;
create index account_score_rank on account_score (score desc nulls last, account_id) where group_id is null;
drop index account_score_staged_rank;
create index account_score_staged_rank on account_score_staged (score desc nulls last, account_id)
    where group_id is null;
