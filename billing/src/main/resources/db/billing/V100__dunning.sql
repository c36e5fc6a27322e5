-- Dunning (the subscription process, issue 12): an unpaid renewal makes the subscription OVERDUE,
-- then RESTRICTED (Free's entitlements) before it falls back to Free.
alter table billing_subscription drop constraint billing_subscription_status_check;
alter table billing_subscription add constraint billing_subscription_status_check
  check (status in ('TRIAL', 'ACTIVE', 'OVERDUE', 'RESTRICTED'));

-- Every receipt, refund receipt and payment reminder billing issued, once: the primary key makes a
-- redelivered job (the engine hands a job out again after a crash) a no-op.
create table billing_notice (
  tenant_id  uuid        not null references tenants (id),
  invoice_id uuid        not null references billing_invoice (id),
  kind       text        not null check (kind in ('RECEIPT', 'REFUND_RECEIPT', 'REMINDER')),
  sequence   integer     not null check (sequence > 0),
  issued_at  timestamptz not null,
  primary key (tenant_id, invoice_id, kind, sequence)
);
alter table billing_notice enable row level security;
alter table billing_notice force row level security;
create policy tenant_isolation on billing_notice using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert on billing_notice to ${appRole};
