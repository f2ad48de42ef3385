-- The explanation of the current score is its latest history entry's: one copy instead of two, which halves what
-- re-scoring the whole portfolio writes.
alter table account_score drop column explanation;

-- An account event can arrive before the account's registration (a revenue import racing it, or a registration
-- already past the topic's retention): the fact is kept without a name or status until the registration tells them.
-- Such an account is not scored: only registered, active accounts are.
alter table account_fact alter column name drop not null;
alter table account_fact alter column status drop not null;
