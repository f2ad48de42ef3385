-- A publication scores the portfolio under the new model into account_score_staged, chunk by chunk, while readers
-- keep the current scores; its last transaction tiers the staged scores and makes them current at once.
create table account_score_staged (
    account_id      uuid          primary key,
    model_id        uuid          not null,
    score           numeric(7, 4),
    attractiveness  numeric(7, 4),
    strength        numeric(7, 4),
    completeness    numeric(5, 4) not null,
    tier            varchar(60),
    quadrant        varchar(12),
    computed_at     timestamptz   not null,
    -- json, as score_history's: kept as written, never parsed by the database (V5).
    explanation     json          not null,
    -- The figures differ from the current score's (or there was none): a history entry and a score-changed event.
    figures_changed boolean       not null,
    -- Set by the last transaction where the tier moves: the current tier and why it moves.
    tier_before     varchar(60),
    tier_reason     varchar(20)
);
create index account_score_staged_rank on account_score_staged (score desc nulls last, account_id);

-- The model being staged and its job: an account event scored meanwhile is staged again under it.
create table score_publication (
    model_id uuid primary key,
    job_id   uuid not null
);
