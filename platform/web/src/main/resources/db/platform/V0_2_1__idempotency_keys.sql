-- platform/web: the answers of creates made with an Idempotency-Key, so that a retry replays instead of writing again.
create table idempotency_key (
    scope        text        not null,
    key          text        not null,
    request_hash text        not null,
    status       integer,
    location     text,
    etag         text,
    body         text,
    created_at   timestamptz not null,
    primary key (scope, key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
