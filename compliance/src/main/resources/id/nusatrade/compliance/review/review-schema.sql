-- Review queue (compliance module): officer tasks of the processes and onboarding applications.
-- Officers work across tenants, so these tables carry a tenant column but no row-level policy;
-- the REST layer filters by role.
create table review_task (
  task_key             bigint primary key,
  kind                 text not null,
  process_instance_key bigint not null,
  subject              text not null,
  tenant_id            uuid,
  sla_deadline         timestamptz,
  created_at           timestamptz not null,
  status               text not null check (status in ('OPEN', 'CLAIMED', 'DECIDED', 'CANCELLED')),
  claimed_by           text,
  claimed_at           timestamptz,
  first_approver       text,
  context              jsonb not null default '{}',
  outcome              text,
  reason               text,
  decided_by           text,
  decided_at           timestamptz
);
create index review_task_open on review_task (sla_deadline) where status in ('OPEN', 'CLAIMED');
create index review_task_instance on review_task (process_instance_key);

create table onboarding_application (
  application_id       uuid primary key,
  status               text not null,
  full_name            text,
  email                text,
  phone                text,
  nik                  text,
  date_of_birth        date,
  username             text not null,
  client_address       text,
  process_instance_key bigint,
  created_at           timestamptz not null,
  updated_at           timestamptz not null
);

grant select, insert, update on review_task to ${appRole};
grant select, insert, update on onboarding_application to ${appRole};
