package id.nusatrade.trading.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The trading tables, policies and grants; {@link #install} runs as the owning role. */
public final class TradingSchema {
  private static final String RESOURCE = "trading-schema.sql";

  /** The second step: {@code trading_account.mt5_login}, after {@link #install}. */
  public static final String MT5_LOGIN = "trading-mt5-login.sql";

  private TradingSchema() {}

  public static void install(Connection owner, String appRole) throws SQLException {
    install(owner, RESOURCE, appRole);
  }

  /** Runs one of the module's schema scripts ({@link #MT5_LOGIN}) as the owning role. */
  public static void install(Connection owner, String script, String appRole) throws SQLException {
    try (Statement statement = owner.createStatement()) {
      statement.execute(ddl(script, appRole));
    }
  }

  /** The DDL with the application role filled in (a plain role name only: GRANT binds nothing). */
  public static String ddl(String appRole) {
    return ddl(RESOURCE, appRole);
  }

  /** One script's DDL with the application role filled in. */
  public static String ddl(String script, String appRole) {
    if (appRole == null || !appRole.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain role name: " + appRole);
    }
    try (InputStream in = TradingSchema.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException(script + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${appRole}", appRole);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
