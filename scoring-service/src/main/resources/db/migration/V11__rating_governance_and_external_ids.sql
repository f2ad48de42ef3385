-- Rating governance: each rater keeps their own rating per criterion (the rating rows already name their rater);
-- the model says how they make one value and how far apart is too far (null: the defaults, median and 2 levels).
alter table scoring_model add column rating_rules jsonb;

-- Who may rate an account: its team (the mentor included) and its account manager, from the team events.
alter table account_fact add column account_manager varchar(100);
alter table account_fact add column team jsonb not null default '{}';

-- Each rater's latest rating of each criterion: the consensus and the calibration list read these.
create index rating_current on rating (account_id, criterion_key, rater, rated_at desc);

-- The ids other systems know an account by, from the account events: tier-changed carries them to finance.
alter table account_fact add column external_refs jsonb not null default '{}';
