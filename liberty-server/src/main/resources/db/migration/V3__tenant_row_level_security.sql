-- Tenant isolation in the database itself: every transaction of the application sets
--   select set_config('app.tenant_id', '<caller tenant uuid>', true)
-- and each tenant table admits only rows of that tenant, for reads (USING) and writes
-- (WITH CHECK). Without the setting nothing is visible. FORCE applies the policies to the owner
-- too, so a migration or tool running as the owner cannot read across tenants by accident.

-- '' (what a transaction-local setting reverts to on a pooled connection) means "no tenant"
create function app_current_tenant() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

alter table tenants enable row level security;
alter table tenants force row level security;
create policy tenant_isolation on tenants
  using (id = app_current_tenant())
  with check (id = app_current_tenant());

alter table users enable row level security;
alter table users force row level security;
create policy tenant_isolation on users
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());

grant select, insert, update, delete on tenants, users to ${appRole};
grant execute on function app_current_tenant() to ${appRole};
