package id.nusatrade.tickstore.postgres;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Loads ticks as one {@code INSERT ... SELECT FROM unnest(arrays)} per feed and chunk: the columns
 * travel as primitive arrays (no per-row statement), and {@code ON CONFLICT DO NOTHING} on the key
 * (feed, time, sequence) makes a repeated load (catch-up from the journal) insert nothing twice.
 * COPY, the faster bulk path, cannot skip rows already stored.
 */
final class PostgresTickInserts {
  private static final String INSERT =
      "INSERT INTO market_tick (tenant_id, account, symbol, seq, ts, bid, ask, last, volume, flags)"
          + " SELECT ?, ?, ?, s, timestamptz '1970-01-01 00:00:00+00' + t * interval '1 millisecond',"
          + " b, a, l, v, f FROM unnest(?::bigint[], ?::bigint[], ?::float8[], ?::float8[],"
          + " ?::float8[], ?::bigint[], ?::int[]) AS x(s, t, b, a, l, v, f)"
          + " ON CONFLICT DO NOTHING";

  private final int chunkRows;

  PostgresTickInserts(int chunkRows) {
    this.chunkRows = chunkRows;
  }

  /** Inserts the ticks of one tenant (the transaction is scoped to it). */
  void insert(Connection connection, List<Tick> ticks) throws SQLException {
    if (ticks.isEmpty()) {
      return;
    }
    Map<FeedId, List<Tick>> byFeed = new LinkedHashMap<>();
    ticks.forEach(t -> byFeed.computeIfAbsent(t.feed(), f -> new java.util.ArrayList<>()).add(t));
    PGConnection pg = connection.unwrap(PGConnection.class);
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Map.Entry<FeedId, List<Tick>> feed : byFeed.entrySet()) {
        List<Tick> rows = feed.getValue();
        for (int start = 0; start < rows.size(); start += chunkRows) {
          bind(
              insert,
              pg,
              feed.getKey(),
              rows.subList(start, Math.min(rows.size(), start + chunkRows)));
          insert.executeUpdate();
        }
      }
    }
  }

  private static void bind(PreparedStatement insert, PGConnection pg, FeedId feed, List<Tick> rows)
      throws SQLException {
    int n = rows.size();
    long[] seq = new long[n];
    long[] time = new long[n];
    double[] bid = new double[n];
    double[] ask = new double[n];
    double[] last = new double[n];
    long[] volume = new long[n];
    int[] flags = new int[n];
    for (int i = 0; i < n; i++) {
      Tick t = rows.get(i);
      seq[i] = t.seq();
      time[i] = t.timeMillis();
      bid[i] = t.bid();
      ask[i] = t.ask();
      last[i] = t.last();
      volume[i] = t.volume();
      flags[i] = t.flags();
    }
    insert.setObject(1, feed.tenant().value());
    insert.setLong(2, feed.account());
    insert.setString(3, feed.symbol());
    insert.setArray(4, pg.createArrayOf("int8", seq));
    insert.setArray(5, pg.createArrayOf("int8", time));
    insert.setArray(6, pg.createArrayOf("float8", bid));
    insert.setArray(7, pg.createArrayOf("float8", ask));
    insert.setArray(8, pg.createArrayOf("float8", last));
    insert.setArray(9, pg.createArrayOf("int8", volume));
    insert.setArray(10, pg.createArrayOf("int4", flags));
  }
}
