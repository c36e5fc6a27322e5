-- Runs as the schema owner (DB_OWNER_USER). ${appRole} is the application's non-owner role, which
-- the database bootstrap creates (LOGIN, NOSUPERUSER, NOBYPASSRLS): row-level security only
-- protects tenants if the application cannot bypass it, so refuse to go on otherwise.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = '${appRole}') then
    raise exception 'database role ${appRole} is missing: create it (LOGIN NOSUPERUSER NOBYPASSRLS)';
  end if;
  if exists (select 1 from pg_roles where rolname = '${appRole}' and (rolsuper or rolbypassrls)) then
    raise exception 'database role ${appRole} bypasses row-level security: make it NOSUPERUSER NOBYPASSRLS';
  end if;
end
$$;

-- Reference data, the same for every tenant (no row-level security). Mirrors
-- id.nusatrade.domain.tenant.Tier; prices in sen (1/100 rupiah), null quota = unlimited.
create table subscription_tiers (
  code                    text    primary key check (code in ('free', 'pro', 'enterprise')),
  name                    text    not null,
  monthly_predictions     bigint  check (monthly_predictions is null or monthly_predictions >= 0),
  monthly_price_sen       bigint  not null check (monthly_price_sen >= 0),
  api_requests_per_minute integer not null check (api_requests_per_minute > 0),
  confidence_scores       boolean not null,
  custom_models           boolean not null
);

insert into subscription_tiers values
  ('free',       'Free',       100,  0,         10,   false, false),
  ('pro',        'Pro',        2000, 29900000,  100,  true,  false),
  ('enterprise', 'Enterprise', null, 299900000, 1000, true,  true);

grant select on subscription_tiers to ${appRole};
