-- Audit events that arrived on the bus (nusatrade.audit), by event id: the consumer records the id
-- in the same transaction as the chain append, so a redelivered event is appended once.
create table audit_bus_event (
  event_id uuid   primary key,
  seq      bigint not null references audit_event (seq)
);
revoke all on audit_bus_event from public, ${appRole};
grant select, insert on audit_bus_event to ${appRole};
