package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.tickstore.Jdbc;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import ru.yandex.clickhouse.ClickHouseDataSource;
import ru.yandex.clickhouse.settings.ClickHouseProperties;

/**
 * Builds DataSources on the legacy {@code ru.yandex.clickhouse} driver. The jar's service file
 * registers the newer {@code com.clickhouse} driver, which cannot talk to ClickHouse 18.16, so we
 * never go through {@code DriverManager}. Compression stays off ({@code compress=false}): it is the
 * setting proven against 18.16 here, and on a loopback link it would only cost CPU.
 */
public final class ClickHouseDataSources {
  private static final int SOCKET_TIMEOUT_MILLIS = 120_000;

  /** {@code jdbc:clickhouse://host:port/database}, nothing after the database name. */
  private static final Pattern URL =
      Pattern.compile("(jdbc:clickhouse://[^/?#]+)/([A-Za-z_][A-Za-z0-9_]*)");

  private ClickHouseDataSources() {}

  /**
   * Creates the URL's database if it is missing and returns a DataSource on it.
   *
   * @throws IllegalArgumentException if the URL is not {@code jdbc:clickhouse://host:port/name}
   */
  public static DataSource ensureDatabase(String jdbcUrl) {
    Matcher m = URL.matcher(jdbcUrl.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a ClickHouse URL of the form jdbc:clickhouse://host:port/database: " + jdbcUrl);
    }
    String name = m.group(2);
    Jdbc.withConnection(
        forUrl(m.group(1) + "/default"),
        "could not create ClickHouse database " + name,
        c -> {
          try (Statement statement = c.createStatement()) {
            return statement.execute("CREATE DATABASE IF NOT EXISTS " + name);
          }
        });
    return forUrl(jdbcUrl.trim());
  }

  /** For example {@code jdbc:clickhouse://127.0.0.1:8123/nusatrade}. */
  public static DataSource forUrl(String jdbcUrl) {
    ClickHouseProperties properties = new ClickHouseProperties();
    properties.setCompress(false);
    properties.setDecompress(false);
    properties.setSocketTimeout(SOCKET_TIMEOUT_MILLIS);
    return new ClickHouseDataSource(jdbcUrl, properties);
  }
}
