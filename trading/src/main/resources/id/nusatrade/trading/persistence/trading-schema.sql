-- Trading (module trading owns this DDL; the server applies it as one versioned migration).
-- The engine's journal is the source of truth for orders and positions; these tables are its
-- persisted copy for history, reports and the UI, written in batches off the engine's thread.
-- Every table is tenant-scoped by row-level security (app_current_tenant(), migration V3).
create table trading_account (
    id             uuid        primary key,
    tenant_id      uuid        not null,
    mode           text        not null default 'PAPER' check (mode in ('PAPER', 'LIVE')),
    trading_state  text        not null default 'ACTIVE'
                               check (trading_state in ('ACTIVE', 'HALTED', 'REDUCING')),
    updated_at     timestamptz not null default now()
);
create index trading_account_tenant on trading_account (tenant_id);

create table trading_order (
    tenant_id         uuid           not null,
    account_id        uuid           not null references trading_account (id),
    order_id          bigint         not null,
    client_order_id   text           not null,
    symbol            text           not null,
    side              text           not null check (side in ('BUY', 'SELL')),
    type              text           not null check (type in ('MARKET', 'LIMIT', 'STOP')),
    quantity          numeric(38,10) not null check (quantity > 0),
    limit_price       numeric(38,10),
    stop_price        numeric(38,10),
    stop_loss         numeric(38,10),
    take_profit       numeric(38,10),
    trailing_distance numeric(38,10),
    exit_reason       text,
    state             text           not null,
    filled_quantity   numeric(38,10) not null,
    average_price     numeric(38,10),
    reasons           text[]         not null,
    created_at        timestamptz    not null,
    updated_at        timestamptz    not null default now(),
    primary key (account_id, order_id),
    unique (account_id, client_order_id)
);

create table trading_fill (
    tenant_id     uuid           not null,
    account_id    uuid           not null references trading_account (id),
    execution_id  text           not null,
    order_id      bigint         not null,
    quantity      numeric(38,10) not null check (quantity > 0),
    price         numeric(38,10) not null check (price > 0),
    commission    numeric(38,10) not null,
    executed_at   timestamptz    not null,
    primary key (account_id, execution_id),
    foreign key (account_id, order_id) references trading_order (account_id, order_id)
);

create table trading_position (
    tenant_id      uuid           not null,
    account_id     uuid           not null references trading_account (id),
    symbol         text           not null,
    quantity       numeric(38,10) not null,
    average_price  numeric(38,10),
    realised_pnl   numeric(38,8)  not null,
    commissions    numeric(38,8)  not null,
    updated_at     timestamptz    not null default now(),
    primary key (account_id, symbol)
);

alter table trading_account enable row level security;
alter table trading_account force row level security;
create policy tenant_isolation on trading_account
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table trading_order enable row level security;
alter table trading_order force row level security;
create policy tenant_isolation on trading_order
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table trading_fill enable row level security;
alter table trading_fill force row level security;
create policy tenant_isolation on trading_fill
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table trading_position enable row level security;
alter table trading_position force row level security;
create policy tenant_isolation on trading_position
  using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

-- fills are facts: the application may add them, never change or remove them
grant select, insert, update on trading_account, trading_order, trading_position to ${appRole};
grant select, insert on trading_fill to ${appRole};
-- the launcher's bootstrap grants the app role default privileges on the owner's tables: take
-- back what the application must never do
revoke delete on trading_account, trading_order, trading_position from ${appRole};
revoke update, delete, truncate on trading_fill from ${appRole};
