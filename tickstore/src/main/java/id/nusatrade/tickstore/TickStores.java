package id.nusatrade.tickstore;

import id.nusatrade.tickstore.clickhouse.ClickHouseDataSources;
import id.nusatrade.tickstore.clickhouse.ClickHouseTickStore;
import id.nusatrade.tickstore.postgres.PostgresTickStore;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Which market-data store a run uses, chosen once by the launcher and read the same way by every
 * writer and reader (the gateway, Liberty's /market endpoints, the chart): {@value #KIND_ENV} is
 * {@code postgres} (default: the application's database, row-level security) or {@code clickhouse},
 * then at {@value #CLICKHOUSE_URL_ENV} ({@code jdbc:clickhouse://host:8123/db}).
 */
public final class TickStores {
  public static final String KIND_ENV = "NUSATRADE_TICK_STORE";
  public static final String CLICKHOUSE_URL_ENV = "NUSATRADE_CLICKHOUSE_URL";

  /** The two stores a run can put its market data on. */
  public enum Kind {
    POSTGRES,
    CLICKHOUSE;

    /** {@code postgres} or {@code clickhouse} (any case; blank means postgres). */
    public static Kind parse(String text) {
      String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
      return switch (value) {
        case "", "postgres", "postgresql" -> POSTGRES;
        case "clickhouse" -> CLICKHOUSE;
        default ->
            throw new IllegalArgumentException(
                KIND_ENV + " must be postgres or clickhouse, not '" + text + "'");
      };
    }
  }

  private TickStores() {}

  /**
   * The store {@code env} names; {@code postgres} is the application role's pool (used for
   * PostgreSQL only, so that its row-level security scopes every read).
   */
  public static MarketDataStore fromEnvironment(Map<String, String> env, DataSource postgres) {
    return open(Kind.parse(env.get(KIND_ENV)), env.get(CLICKHOUSE_URL_ENV), postgres);
  }

  public static MarketDataStore open(Kind kind, String clickHouseUrl, DataSource postgres) {
    if (kind == Kind.POSTGRES) {
      return new PostgresTickStore(postgres);
    }
    if (clickHouseUrl == null || clickHouseUrl.isBlank()) {
      throw new IllegalArgumentException(
          KIND_ENV
              + "=clickhouse needs "
              + CLICKHOUSE_URL_ENV
              + " (jdbc:clickhouse://host:port/db)");
    }
    return new ClickHouseTickStore(ClickHouseDataSources.forUrl(clickHouseUrl.trim()));
  }
}
