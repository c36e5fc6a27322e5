package id.nusatrade.ui.market.jdbc;

import id.nusatrade.ui.market.MarketSymbols;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Symbols with stored bars ({@code market_bar}, keyed by symbol first, so this reads the primary
 * key's index). Market data is not tenant data (docs/storage.md), so there is no tenant filter; the
 * live updates are filtered by tenant.
 */
public final class PostgresMarketSymbols implements MarketSymbols {
  private static final String QUERY =
      "SELECT DISTINCT symbol FROM market_bar ORDER BY symbol LIMIT 500";
  private final DataSource dataSource;

  public PostgresMarketSymbols(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<String> all() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement(QUERY);
        ResultSet rows = query.executeQuery()) {
      List<String> symbols = new ArrayList<>();
      while (rows.next()) {
        symbols.add(rows.getString(1));
      }
      return symbols;
    } catch (SQLException e) {
      return List.of(); // the picker still takes a typed symbol
    }
  }
}
