package id.nusatrade.tickstore.clickhouse;

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

  private ClickHouseDataSources() {}

  /** For example {@code jdbc:clickhouse://127.0.0.1:8123/nusatrade}. */
  public static DataSource forUrl(String jdbcUrl) {
    ClickHouseProperties properties = new ClickHouseProperties();
    properties.setCompress(false);
    properties.setDecompress(false);
    properties.setSocketTimeout(SOCKET_TIMEOUT_MILLIS);
    return new ClickHouseDataSource(jdbcUrl, properties);
  }
}
