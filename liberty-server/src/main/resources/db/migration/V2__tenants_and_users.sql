create table tenants (
  id         uuid        primary key,
  name       text        not null check (length(name) between 1 and 200),
  tier_code  text        not null references subscription_tiers (code),
  time_zone  text        not null check (time_zone in ('WIB', 'WITA', 'WIT')),
  created_at timestamptz not null default now()
);

-- Users keep the identity provider's username (unique across the realm) and realm roles.
create table users (
  id         uuid        primary key,
  tenant_id  uuid        not null references tenants (id),
  username   text        not null unique check (length(username) between 1 and 100),
  email      text        check (email is null or length(email) <= 320),
  roles      text[]      not null default '{}'
             check (roles <@ array['trader', 'compliance-officer', 'business-staff', 'admin']),
  created_at timestamptz not null default now()
);
create index users_by_tenant on users (tenant_id);
