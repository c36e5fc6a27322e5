-- API keys (module billing): a tenant's user names keys that act for them on the REST API.
-- Only a SHA-256 hash of each secret is kept (the secret is shown once, at creation or rotation);
-- the id is the public part of the presented key. Row-level security like V50.
create table billing_api_key (
  id           text        primary key check (id ~ '^[a-z2-7]{12}$'),
  tenant_id    uuid        not null references tenants (id),
  owner        text        not null check (length(owner) between 1 and 100),
  roles        text[]      not null default '{}'
               check (roles <@ array['trader', 'compliance-officer', 'business-staff', 'admin']),
  name         text        not null check (length(name) between 1 and 100),
  secret_hash  bytea       not null check (length(secret_hash) = 32),
  created_at   timestamptz not null,
  rotated_at   timestamptz,
  last_used_at timestamptz,
  revoked_at   timestamptz
);
create index billing_api_key_by_owner on billing_api_key (tenant_id, owner);

alter table billing_api_key enable row level security;
alter table billing_api_key force row level security;
create policy tenant_isolation on billing_api_key using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert, update on billing_api_key to ${appRole};

-- A presented key names only its id: whose it is comes from here, one id at a time (ids are
-- random, 60 bits), so no tenant can list another's keys. Revoked keys are not returned.
-- The function runs as the schema owner, whom FORCE ROW LEVEL SECURITY also binds: a read-only
-- policy for that role alone (who owns the table and could switch RLS off anyway) lets it look.
do $$
begin
  execute format('create policy api_key_lookup on billing_api_key for select to %I using (true)',
                 current_user);
end
$$;
create function billing_api_key_for_auth(wanted text)
  returns table (tenant_id uuid, owner text, roles text[], secret_hash bytea)
  language sql stable security definer set search_path = public
  as $$ select tenant_id, owner, roles, secret_hash from billing_api_key
        where id = wanted and revoked_at is null $$;
revoke all on function billing_api_key_for_auth(text) from public;
grant execute on function billing_api_key_for_auth(text) to ${appRole};
