-- MT5 terminals allowed to dial into the gateway (mt5-gateway, JdbcTerminalDirectory).
-- One row per MT5 trading account of a tenant. Only the SHA-256 (hex) of the API key is stored.
-- The gateway reads this table across tenants on handshakes only (cached), never per tick.
create table mt5_terminal (
    tenant_id      uuid        not null,
    account        bigint      not null,
    api_key_sha256 text        not null check (api_key_sha256 ~ '^[0-9a-f]{64}$'),
    enabled        boolean     not null default true,
    created_at     timestamptz not null default now(),
    primary key (tenant_id, account)
);

comment on table mt5_terminal is 'MT5 terminals (tenant + trading account) allowed to connect to the gateway';
comment on column mt5_terminal.api_key_sha256 is 'lower-case hex SHA-256 of the terminal API key';
