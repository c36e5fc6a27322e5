-- Only the verifier reads the whole chain, and it connects as the schema owner (the table owner:
-- row-level security is enabled but not forced on audit_event, so the owner sees every row).
-- Application sessions read their own tenant's records and nothing else: the former
-- app.audit_scope = 'chain' switch let any application session read every tenant's records.
-- The appender needs no read access: it locks audit_chain_head and inserts without RETURNING.
drop policy audit_event_read on audit_event;
create policy audit_event_read on audit_event for select using (
  tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
