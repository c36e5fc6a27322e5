-- Market data belongs to its feed: tenant + MT5 trading account (terminal) + symbol. Brokers quote
-- differently, so one tenant's prices must never reach another tenant (issue 6, finding 1). The
-- V20 tables stored bare symbols and cannot say whose a row is, so they are replaced; the gateway's
-- journal is the source of truth and the tick store catches up from it at the next start
-- (docs/storage.md, "Catch-up from the journal").
--
-- Row-level security as on tenants (V3): every transaction sets app.tenant_id, and only that
-- tenant's rows are visible (USING) or writable (WITH CHECK). The gateway writes each tenant's rows
-- with that tenant set; readers (REST, chart) set the caller's tenant.

DROP TABLE market_tick, market_bar, market_indicator;

-- The feeds a tenant's terminals stream: what GET /api/v1/market/symbols lists.
CREATE TABLE market_feed (
    tenant_id  uuid        NOT NULL,
    account    bigint      NOT NULL,
    symbol     text        NOT NULL CHECK (length(symbol) BETWEEN 1 AND 32),
    first_seen timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, account, symbol)
);

-- seq is the terminal's frame sequence: (feed, ts, seq) identifies a tick, so a catch-up from the
-- journal that overlaps stored rows inserts nothing twice. The key serves last-N and range scans.
CREATE TABLE market_tick (
    tenant_id uuid             NOT NULL,
    account   bigint           NOT NULL,
    symbol    text             NOT NULL,
    ts        timestamptz      NOT NULL,
    seq       bigint           NOT NULL,
    bid       double precision NOT NULL,
    ask       double precision NOT NULL,
    last      double precision NOT NULL,
    volume    bigint           NOT NULL,
    flags     integer          NOT NULL,
    PRIMARY KEY (tenant_id, account, symbol, ts, seq)
);

CREATE TABLE market_bar (
    tenant_id   uuid             NOT NULL,
    account     bigint           NOT NULL,
    symbol      text             NOT NULL,
    timeframe   text             NOT NULL CHECK (timeframe IN ('M1', 'M5', 'M15', 'H1', 'H4', 'D1')),
    open_time   timestamptz      NOT NULL,
    open        double precision NOT NULL,
    high        double precision NOT NULL,
    low         double precision NOT NULL,
    close       double precision NOT NULL,
    tick_volume bigint           NOT NULL,
    PRIMARY KEY (tenant_id, account, symbol, timeframe, open_time)
);

CREATE TABLE market_indicator (
    tenant_id uuid             NOT NULL,
    account   bigint           NOT NULL,
    symbol    text             NOT NULL,
    timeframe text             NOT NULL CHECK (timeframe IN ('M1', 'M5', 'M15', 'H1', 'H4', 'D1')),
    ts        timestamptz      NOT NULL,
    name      text             NOT NULL,
    value     double precision NOT NULL,
    PRIMARY KEY (tenant_id, account, symbol, timeframe, name, ts)
);

ALTER TABLE market_feed ENABLE ROW LEVEL SECURITY;
ALTER TABLE market_feed FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON market_feed
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE market_tick ENABLE ROW LEVEL SECURITY;
ALTER TABLE market_tick FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON market_tick
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE market_bar ENABLE ROW LEVEL SECURITY;
ALTER TABLE market_bar FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON market_bar
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE market_indicator ENABLE ROW LEVEL SECURITY;
ALTER TABLE market_indicator FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON market_indicator
  USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

-- No DELETE: market data is append-and-correct (upserts); retention is an owner-side job.
GRANT SELECT, INSERT, UPDATE ON market_feed, market_tick, market_bar, market_indicator TO ${appRole};
