-- Each leader's own top-N, the latest submission counting; compared with the scored list.
create table nomination (
    leader       varchar(100) primary key,
    account_ids  jsonb        not null,
    submitted_at timestamptz  not null
);

-- The customer groups flagged for holding 10 % or more of revenue, so that an alert goes out once per crossing.
create table concentration_flag (
    group_id   uuid          primary key,
    share      numeric(7, 6) not null,
    flagged_at timestamptz   not null
);
