package id.nusatrade.backtest.service.jdbc;

/**
 * Where the backtest table's DDL lives ({@code ${appRole}} in its grants): the server runs it as
 * migration V80 through its script migration, relative to this class.
 */
public final class BacktestSchema {
  /** The V80 script, a resource beside this class. */
  public static final String RUNS = "backtest-runs.sql";

  private BacktestSchema() {}
}
