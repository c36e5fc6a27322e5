-- Backtest runs (module backtest owns this DDL; the server applies it as migration V80).
-- One row per run a tenant started through /api/v1/backtests: status and progress while it runs,
-- the report JSON (as ./nusatrade backtest --report writes it) and a thinned equity curve after.
-- Tenant-scoped by row-level security (app_current_tenant(), migration V3).
create table backtest_run (
    id             uuid        primary key,
    tenant_id      uuid        not null,
    process        text        not null, -- the server process running it (a restart: another)
    status         text        not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    progress       double precision not null default 0 check (progress between 0 and 1),
    strategy_name  text        not null,
    data           text        not null,
    fill           text        not null,
    created_at     timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz,
    error          text,
    report         text,
    equity         text
);
create index backtest_run_tenant_created on backtest_run (tenant_id, created_at desc);
create index backtest_run_unfinished on backtest_run (tenant_id, process)
  where status in ('QUEUED', 'RUNNING');

alter table backtest_run enable row level security;
alter table backtest_run force row level security;
create policy tenant_isolation on backtest_run
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

grant select, insert, update on backtest_run to ${appRole};
revoke delete, truncate on backtest_run from ${appRole};
