-- mt5_terminal is tenant data: the same row-level security as tenants and users (V3). The gateway
-- looks a terminal up with the tenant the terminal claims in its HELLO set for that transaction
-- (mt5-gateway JdbcTerminalDirectory), so it reads that tenant's terminals only; registering a
-- terminal (demo data, later the UI) sets the tenant like any other tenant write.
alter table mt5_terminal enable row level security;
alter table mt5_terminal force row level security;
create policy tenant_isolation on mt5_terminal
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
