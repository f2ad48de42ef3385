-- The portfolio's concentration as last published (kam.scoring.concentration-measured.v1), rounded as published: a
-- new measure goes out only when it differs.
create table concentration_measure (
    id          int           primary key check (id = 1),
    published   jsonb         not null,
    measured_at timestamptz   not null
);
