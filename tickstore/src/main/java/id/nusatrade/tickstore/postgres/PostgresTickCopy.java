package id.nusatrade.tickstore.postgres;

import id.nusatrade.domain.market.Tick;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads ticks with COPY, PostgreSQL's bulk path (several times faster than even batched inserts).
 * Rows are written as COPY text in chunks so memory stays bounded for big flushes.
 */
final class PostgresTickCopy {
  private static final String COPY =
      "COPY market_tick (symbol, ts, bid, ask, last, volume, flags) FROM STDIN";

  private final int chunkRows;

  PostgresTickCopy(int chunkRows) {
    this.chunkRows = chunkRows;
  }

  void copy(Connection connection, List<Tick> ticks) throws SQLException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder text = new StringBuilder();
    for (int start = 0; start < ticks.size(); start += chunkRows) {
      text.setLength(0);
      for (Tick tick : ticks.subList(start, Math.min(ticks.size(), start + chunkRows))) {
        appendRow(text, tick);
      }
      try {
        copy.copyIn(COPY, new StringReader(text.toString()));
      } catch (IOException e) {
        throw new SQLException("COPY of ticks failed", e);
      }
    }
  }

  private static void appendRow(StringBuilder text, Tick tick) {
    appendEscaped(text, tick.symbol());
    text.append('\t').append(PgTime.copyText(tick.timeMillis()));
    text.append('\t').append(tick.bid()).append('\t').append(tick.ask());
    text.append('\t').append(tick.last()).append('\t').append(tick.volume());
    text.append('\t').append(tick.flags()).append('\n');
  }

  /** COPY text treats backslash, tab and newlines as syntax: escape them in the symbol. */
  private static void appendEscaped(StringBuilder text, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }
}
