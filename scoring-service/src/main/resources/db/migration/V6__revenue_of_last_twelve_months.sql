-- Each account's revenue of the last 12 months, kept beside its figures: concentration reads the whole portfolio on
-- every revenue event, and summing every account's periods each time cost seconds at 100,000 accounts.
alter table account_fact add column revenue_12m numeric(19, 2) not null default 0;

-- The same sum DerivedValues makes: the periods ending within the 12 months that end with the latest period.
-- A period ends in month year * 12 + 12 (2026), + 3 * quarter (2026-Q3) or + month (2026-09).
with period as (
    select f.account_id,
           coalesce((p.value ->> 'revenue')::numeric, 0) as revenue,
           case
               when length(p.key) = 4 then substr(p.key, 1, 4)::int * 12 + 12
               when substr(p.key, 6, 1) = 'Q' then substr(p.key, 1, 4)::int * 12 + 3 * substr(p.key, 7, 1)::int
               else substr(p.key, 1, 4)::int * 12 + substr(p.key, 6, 2)::int
           end as end_month
    from account_fact f, jsonb_each(f.revenue) p
),
latest as (
    select account_id, max(end_month) as end_month from period group by account_id
)
update account_fact f
set revenue_12m = totals.revenue
from (
    select p.account_id, sum(p.revenue) as revenue
    from period p join latest l on l.account_id = p.account_id
    where p.end_month > l.end_month - 12 and p.end_month <= l.end_month
    group by p.account_id
) totals
where totals.account_id = f.account_id;
