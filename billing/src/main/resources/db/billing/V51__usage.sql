-- Usage metering (module billing): every event once (primary key on the producer's event id),
-- rolled up per tenant, metric and calendar month (Jakarta). Row-level security like V50.
create table billing_usage_event (
  tenant_id   uuid        not null references tenants (id),
  event_id    text        not null check (length(event_id) between 1 and 100),
  metric      text        not null check (metric in ('PREDICTIONS', 'API_CALLS', 'AUTOMATED_ORDERS')),
  occurred_at timestamptz not null,
  quantity    bigint      not null check (quantity > 0),
  primary key (tenant_id, event_id)
);

create table billing_usage_rollup (
  tenant_id    uuid   not null references tenants (id),
  metric       text   not null,
  period_start date   not null,
  used         bigint not null check (used >= 0),
  primary key (tenant_id, metric, period_start)
);

do $$
declare t text;
begin
  foreach t in array array['billing_usage_event', 'billing_usage_rollup'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_current_tenant())'
                   ' with check (tenant_id = app_current_tenant())', t);
  end loop;
end
$$;

grant select, insert on billing_usage_event to ${appRole};
grant select, insert, update on billing_usage_rollup to ${appRole};
