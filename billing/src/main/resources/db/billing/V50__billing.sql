-- Billing (module billing). Runs as the schema owner; ${appRole} is the application's non-owner
-- role. Every table holding a tenant's data has row-level security keyed on app_current_tenant()
-- (V3), like tenants and users.

-- Prices, quotas and features per tier now live in the billing catalog (the one source); the
-- tier table keeps only the codes the tenants table refers to.
alter table subscription_tiers
  drop column monthly_predictions,
  drop column monthly_price_sen,
  drop column api_requests_per_minute,
  drop column confidence_scores,
  drop column custom_models;

create table billing_subscription (
  tenant_id         uuid        primary key references tenants (id),
  plan_id           text        not null,
  tier_code         text        not null references subscription_tiers (code),
  catalog_version   integer     not null check (catalog_version > 0),
  status            text        not null check (status in ('TRIAL', 'ACTIVE')),
  period_start      timestamptz not null,
  period_end        timestamptz check (period_end is null or period_end > period_start),
  price_sen         bigint      not null check (price_sen >= 0),
  scheduled_plan_id text,
  updated_at        timestamptz not null default now()
);

-- One gapless sequence per tenant for invoices and credit notes: the row is locked by the
-- increment until the transaction ends, and a rollback returns the number.
create table billing_document_counter (
  tenant_id   uuid   primary key references tenants (id),
  last_number bigint not null check (last_number > 0)
);

create table billing_invoice (
  id              uuid        primary key,
  tenant_id       uuid        not null references tenants (id),
  number          bigint      not null check (number > 0),
  kind            text        not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
  status          text        not null check (status in ('OPEN', 'PAID', 'VOID', 'REFUNDED')),
  plan_id         text        not null,
  catalog_version integer     not null,
  issued_at       timestamptz not null,
  tax_rate_bp     integer     not null check (tax_rate_bp between 0 and 5000),
  related_to      uuid        references billing_invoice (id),
  unique (tenant_id, number)
);

create table billing_invoice_line (
  invoice_id uuid    not null references billing_invoice (id),
  tenant_id  uuid    not null references tenants (id),
  position   integer not null check (position >= 0),
  text_key   text    not null,
  argument   text    not null,
  amount_sen bigint  not null,
  primary key (invoice_id, position)
);

-- At most one charge per invoice (invoice_id unique; the order id is derived from it) and at
-- most one payment waiting per tenant.
create table billing_payment (
  order_id         text        primary key check (order_id ~ '^[A-Za-z0-9_~.-]{1,50}$'),
  tenant_id        uuid        not null references tenants (id),
  invoice_id       uuid        not null unique references billing_invoice (id),
  method           text        not null,
  gross_amount_sen bigint      not null check (gross_amount_sen > 0 and gross_amount_sen % 100 = 0),
  state            text        not null check (state in ('PENDING', 'PAID', 'FAILED', 'REFUNDED')),
  gateway_status   text        not null,
  transaction_id   text,
  instructions     jsonb       not null default '{}',
  created_at       timestamptz not null,
  updated_at       timestamptz not null
);
create unique index billing_one_pending_payment on billing_payment (tenant_id) where state = 'PENDING';

-- Every notification delivery and what it did (append-only for the application).
create table billing_notification (
  id                 bigserial   primary key,
  tenant_id          uuid        not null references tenants (id),
  order_id           text        not null,
  transaction_status text,
  outcome            text        not null,
  received_at        timestamptz not null
);

do $$
declare t text;
begin
  foreach t in array array['billing_subscription', 'billing_document_counter', 'billing_invoice',
                           'billing_invoice_line', 'billing_payment', 'billing_notification'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end
$$;

grant select, insert, update on billing_subscription, billing_document_counter, billing_invoice,
  billing_payment to ${appRole};
grant select, insert on billing_invoice_line, billing_notification to ${appRole};
grant usage on sequence billing_notification_id_seq to ${appRole};

-- A notification names only its order: which tenant's transaction handles it comes from here.
-- The application may add routes but not list them; it asks for one order id at a time through
-- the function below (order ids are unguessable), so no tenant can enumerate another's orders.
create table billing_order_route (
  order_id  text primary key,
  tenant_id uuid not null references tenants (id)
);
grant insert on billing_order_route to ${appRole};

create function billing_tenant_of_order(wanted text) returns uuid
  language sql stable security definer set search_path = public
  as $$ select tenant_id from billing_order_route where order_id = wanted $$;
revoke all on function billing_tenant_of_order(text) from public;
grant execute on function billing_tenant_of_order(text) to ${appRole};
