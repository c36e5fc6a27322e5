-- Model registry (module signals, issue 8): one row per registered model version of a tenant.
-- owner_user null: the tenant's own model (the live signals feed); a user id: a per-user model
-- (Enterprise only, by the entitlements). At most one LIVE model per tenant and owner.
-- replaced_id: the live model this one replaced when promoted, so a rollback knows where to go.
create table signal_model (
  id                uuid        primary key,
  tenant_id         uuid        not null references tenants (id),
  owner_user        text,
  version           text        not null check (length(version) between 1 and 100),
  kind              text        not null check (kind in ('lightgbm', 'xgboost', 'mlp', 'ensemble')),
  feature_spec      text        not null,
  horizon           int         not null check (horizon > 0),
  trained_from      timestamptz,
  trained_to        timestamptz,
  training_samples  int         not null check (training_samples >= 0),
  metrics           text        not null default '{}',
  artifact_dir      text        not null,
  status            text        not null check (status in ('CANDIDATE', 'LIVE', 'RETIRED')),
  created_at        timestamptz not null,
  status_changed_at timestamptz not null,
  replaced_id       uuid        references signal_model (id)
);

create unique index signal_model_one_live
  on signal_model (tenant_id, coalesce(owner_user, '')) where status = 'LIVE';
create unique index signal_model_version
  on signal_model (tenant_id, coalesce(owner_user, ''), version);

alter table signal_model enable row level security;
alter table signal_model force row level security;
create policy tenant_isolation on signal_model using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());

grant select, insert, update on signal_model to ${appRole};
