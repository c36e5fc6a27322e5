-- Demo tenants and users (CONVENTIONS.md), applied when NUSATRADE_DEMO_DATA=true. Repeatable and
-- idempotent. Row-level security is forced on these tables, so each tenant's rows are written
-- with that tenant set for the transaction, like the application does.

select set_config('app.tenant_id', '11111111-1111-1111-1111-111111111111', true);
insert into tenants (id, name, tier_code, time_zone)
values ('11111111-1111-1111-1111-111111111111', 'PT Demo Nusantara', 'pro', 'WIB')
on conflict (id) do update
  set name = excluded.name, tier_code = excluded.tier_code, time_zone = excluded.time_zone;
insert into users (id, tenant_id, username, email, roles) values
  ('aaaaaaaa-0000-0000-0000-000000000001', '11111111-1111-1111-1111-111111111111',
   'trader-a', 'trader-a@demo.nusatrade.id', array['trader']),
  ('aaaaaaaa-0000-0000-0000-000000000002', '11111111-1111-1111-1111-111111111111',
   'officer-a', 'officer-a@demo.nusatrade.id', array['compliance-officer']),
  ('aaaaaaaa-0000-0000-0000-000000000003', '11111111-1111-1111-1111-111111111111',
   'staff-a', 'staff-a@demo.nusatrade.id', array['business-staff']),
  ('aaaaaaaa-0000-0000-0000-000000000004', '11111111-1111-1111-1111-111111111111',
   'admin', 'admin@demo.nusatrade.id', array['admin'])
on conflict (id) do update
  set username = excluded.username, email = excluded.email, roles = excluded.roles;

select set_config('app.tenant_id', '22222222-2222-2222-2222-222222222222', true);
insert into tenants (id, name, tier_code, time_zone)
values ('22222222-2222-2222-2222-222222222222', 'CV Contoh Borneo', 'free', 'WITA')
on conflict (id) do update
  set name = excluded.name, tier_code = excluded.tier_code, time_zone = excluded.time_zone;
insert into users (id, tenant_id, username, email, roles) values
  ('bbbbbbbb-0000-0000-0000-000000000001', '22222222-2222-2222-2222-222222222222',
   'trader-b', 'trader-b@demo.nusatrade.id', array['trader'])
on conflict (id) do update
  set username = excluded.username, email = excluded.email, roles = excluded.roles;

select set_config('app.tenant_id', '', true);
