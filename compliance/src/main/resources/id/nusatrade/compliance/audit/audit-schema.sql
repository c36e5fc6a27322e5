-- The audit trail: one linear hash chain across all tenants (see id.nusatrade.domain.audit).
-- ${appRole} is replaced with the application's (non-owner) database role.

create table audit_event (
  seq         bigserial primary key,
  tenant_id   uuid,
  actor       text        not null,
  action      text        not null,
  subject     text        not null,
  occurred_at timestamptz not null,
  -- kept as text, not jsonb: jsonb rewrites key order and spacing, which would change the hash
  payload     text        not null check (payload::jsonb is not null),
  prev_hash   text        not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash        text        not null unique check (hash ~ '^[0-9a-f]{64}$')
);
create index audit_event_by_tenant on audit_event (tenant_id, seq);

-- The appender locks this single row (SELECT ... FOR UPDATE) so appends are serialised and the
-- chain stays linear; it also remembers the last record so truncation at the end is detected.
create table audit_chain_head (
  id        smallint primary key check (id = 1),
  last_seq  bigint not null,
  last_hash text   not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

-- Defence in depth: the app role has no UPDATE/DELETE grant, and this trigger stops everyone else
-- (including the owner) unless they deliberately disable it, which the hash chain then exposes.
create function audit_event_reject_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % rejected', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function audit_event_reject_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_reject_change();

-- Tenants may read their own records; the appender and the verifier work on the whole chain and
-- say so with app.audit_scope = 'chain' inside their transaction.
alter table audit_event enable row level security;
create policy audit_event_append on audit_event for insert with check (true);
create policy audit_event_read on audit_event for select using (
  current_setting('app.audit_scope', true) = 'chain'
  or tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- explicit: a default privilege granted to the app role must not survive for these tables
revoke all on audit_event, audit_chain_head from public, ${appRole};
grant select, insert on audit_event to ${appRole};
grant usage on sequence audit_event_seq_seq to ${appRole};
grant select, update on audit_chain_head to ${appRole};
