-- platform/messaging: long work a request started (a model's publication, a large import), with its progress and
-- its end. The heartbeat says a process is still running it; a job whose heartbeat stopped is resumed or failed.
create table job (
    id            uuid        primary key,
    kind          text        not null,
    subject       text,
    exclusive_key text,
    status        text        not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    started_by    text        not null,
    queued_at     timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    heartbeat_at  timestamptz not null,
    done          bigint      not null default 0,
    total         bigint,
    -- JSON as written: text keeps what jsonb refuses (an escaped U+0000 in a problem that quotes bad input).
    result        text,
    problem       text
);
-- At most one unfinished job per exclusive key (one publication at a time); a key of null never conflicts.
create unique index job_one_unfinished_per_key on job (exclusive_key) where status in ('QUEUED', 'RUNNING');
create index job_newest_first on job (queued_at desc, id desc);
create index job_unfinished on job (heartbeat_at) where status in ('QUEUED', 'RUNNING');
