-- Market data for the embedded (PostgreSQL) TickStore: ticks, closed bars, indicator snapshots.
-- Quotes are public market facts shared by every tenant, so these tables carry no tenant_id and
-- no row-level security (see id.nusatrade.tickstore.postgres package-info). Written by
-- id.nusatrade.tickstore.postgres.PostgresTickStore: ticks by COPY, bars and indicators by
-- batched upserts.

CREATE TABLE market_tick (
    symbol  text             NOT NULL,
    ts      timestamptz      NOT NULL,
    bid     double precision NOT NULL,
    ask     double precision NOT NULL,
    last    double precision NOT NULL,
    volume  bigint           NOT NULL,
    flags   integer          NOT NULL
);
-- Serves both "last N ticks" (backward scan) and OHLC range scans per symbol.
CREATE INDEX market_tick_symbol_ts ON market_tick (symbol, ts);

CREATE TABLE market_bar (
    symbol      text             NOT NULL,
    timeframe   text             NOT NULL CHECK (timeframe IN ('M1', 'M5', 'M15', 'H1', 'H4', 'D1')),
    open_time   timestamptz      NOT NULL,
    open        double precision NOT NULL,
    high        double precision NOT NULL,
    low         double precision NOT NULL,
    close       double precision NOT NULL,
    tick_volume bigint           NOT NULL,
    PRIMARY KEY (symbol, timeframe, open_time)
);

CREATE TABLE market_indicator (
    symbol    text             NOT NULL,
    timeframe text             NOT NULL CHECK (timeframe IN ('M1', 'M5', 'M15', 'H1', 'H4', 'D1')),
    ts        timestamptz      NOT NULL,
    name      text             NOT NULL,
    value     double precision NOT NULL,
    PRIMARY KEY (symbol, timeframe, name, ts)
);

-- The application role (non-owner, Flyway placeholder appRole = DB_APP_USER) reads and writes
-- market data; it may not exist where this file runs bare (a test database without roles, where
-- the placeholder is left unreplaced), so the grant is conditional.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON market_tick, market_bar, market_indicator TO %I',
                       '${appRole}');
    END IF;
END
$$;
