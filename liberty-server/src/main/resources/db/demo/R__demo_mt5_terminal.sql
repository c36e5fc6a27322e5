-- Demo MT5 terminal of tenant A (PT Demo Nusantara), applied with NUSATRADE_DEMO_DATA=true.
-- `./nusatrade replay` uses exactly these credentials by default (mt5-gateway ReplayOptions):
--   tenant 11111111-1111-1111-1111-111111111111, account 80001, API key nusatrade-demo-terminal-a
-- Only the key's SHA-256 is stored, as for real terminals. Repeatable and idempotent.
-- Row-level security is forced on mt5_terminal (V31): written with tenant A set, like the app does.
select set_config('app.tenant_id', '11111111-1111-1111-1111-111111111111', true);
insert into mt5_terminal (tenant_id, account, api_key_sha256, enabled)
values ('11111111-1111-1111-1111-111111111111', 80001,
        encode(sha256(convert_to('nusatrade-demo-terminal-a', 'UTF8')), 'hex'), true)
on conflict (tenant_id, account) do update
  set api_key_sha256 = excluded.api_key_sha256, enabled = true;
