-- Process history (module workflow-history owns this DDL; the server applies it as migration V110).
-- Written by the Zeebe exporter the broker loads (HistoryExporter), which connects as the schema
-- owner: row-level security is enabled but not forced, so the owner writes every tenant's rows and
-- the application role reads only its tenant's. Every event row is keyed by its record's
-- (partition, position), so a re-export after a broker restart inserts nothing twice.

-- The deployed BPMN (one row per process definition), for the diagram the history page renders.
create table process_history_definition (
    process_definition_key bigint      primary key,
    bpmn_process_id        text        not null,
    version                int         not null,
    resource_name          text        not null,
    bpmn_xml               text        not null,
    deployed_at            timestamptz not null
);

-- One row per process instance; tenant_id and order_id come from its root-scope variables
-- tenantId and orderId (an instance without tenantId belongs to no tenant and no tenant sees it).
create table process_history_instance (
    process_instance_key   bigint      primary key,
    partition_id           int         not null,
    bpmn_process_id        text,
    version                int,
    process_definition_key bigint,
    tenant_id              uuid,
    order_id               text,
    state                  text        not null default 'ACTIVE'
                                       check (state in ('ACTIVE', 'COMPLETED', 'TERMINATED')),
    started_at             timestamptz,
    ended_at               timestamptz
);
create index process_history_instance_order on process_history_instance (tenant_id, order_id);

-- The path: elements activated, completed, terminated and sequence flows taken, in record order.
create table process_history_element (
    partition_id           int         not null,
    position               bigint      not null,
    process_instance_key   bigint      not null,
    element_instance_key   bigint      not null,
    element_id             text        not null,
    element_type           text        not null,
    intent                 text        not null,
    at                     timestamptz not null,
    primary key (partition_id, position)
);
create index process_history_element_instance on process_history_element (process_instance_key, position);

-- Every variable write (value as the engine's JSON); the read side shows the last per scope and name.
create table process_history_variable (
    partition_id           int         not null,
    position               bigint      not null,
    process_instance_key   bigint      not null,
    scope_key              bigint      not null,
    name                   text        not null,
    value                  text        not null,
    intent                 text        not null,
    at                     timestamptz not null,
    primary key (partition_id, position)
);
create index process_history_variable_instance on process_history_variable (process_instance_key, position);

-- Job completions and failures; a user task completed as a job carries who decided what.
create table process_history_job (
    partition_id           int         not null,
    position               bigint      not null,
    process_instance_key   bigint      not null,
    element_instance_key   bigint      not null,
    element_id             text        not null,
    job_type               text        not null,
    intent                 text        not null,
    worker                 text,
    decided_by             text,
    outcome                text,
    reason                 text,
    error_message          text,
    at                     timestamptz not null,
    primary key (partition_id, position)
);
create index process_history_job_instance on process_history_job (process_instance_key, position);

create table process_history_incident (
    partition_id           int         not null,
    position               bigint      not null,
    process_instance_key   bigint      not null,
    element_instance_key   bigint      not null,
    element_id             text        not null,
    intent                 text        not null,
    error_type             text        not null,
    error_message          text,
    at                     timestamptz not null,
    primary key (partition_id, position)
);
create index process_history_incident_instance on process_history_incident (process_instance_key, position);

-- Tenant isolation for the application role: an instance by its tenant, every event row through its
-- instance (the sub-select is itself filtered by the instance's policy).
alter table process_history_instance enable row level security;
create policy tenant_isolation on process_history_instance
  using (tenant_id = app_current_tenant());
alter table process_history_element enable row level security;
create policy tenant_isolation on process_history_element
  using (exists (select 1 from process_history_instance i
                 where i.process_instance_key = process_history_element.process_instance_key));
alter table process_history_variable enable row level security;
create policy tenant_isolation on process_history_variable
  using (exists (select 1 from process_history_instance i
                 where i.process_instance_key = process_history_variable.process_instance_key));
alter table process_history_job enable row level security;
create policy tenant_isolation on process_history_job
  using (exists (select 1 from process_history_instance i
                 where i.process_instance_key = process_history_job.process_instance_key));
alter table process_history_incident enable row level security;
create policy tenant_isolation on process_history_incident
  using (exists (select 1 from process_history_instance i
                 where i.process_instance_key = process_history_incident.process_instance_key));

-- The server only reads; the exporter (owner) writes.
revoke insert, update, delete, truncate on process_history_definition, process_history_instance,
  process_history_element, process_history_variable, process_history_job, process_history_incident
  from ${appRole};
grant select on process_history_definition, process_history_instance, process_history_element,
  process_history_variable, process_history_job, process_history_incident to ${appRole};
