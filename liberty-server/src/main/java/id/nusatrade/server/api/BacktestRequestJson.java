package id.nusatrade.server.api;

import java.math.BigDecimal;

/**
 * The body of {@code POST /backtests}: the strategy file's text, and either {@code csv} (a bar CSV
 * as {@code ./nusatrade backtest --input} reads it) or {@code symbol} (the tenant's stored bars,
 * with optional {@code timeframe}, {@code from}, {@code to} as ISO instants); {@code costs} the
 * costs file's text or {@code none}; {@code fill} {@code next-open} or {@code close}; {@code model}
 * a registry model id the caller may see ({@code GET /models}); {@code optimize} the search over
 * the strategy's parameter ranges ({@code --optimize}); {@code checkLookahead} the look-ahead
 * check.
 */
public class BacktestRequestJson {
  public String strategy;
  public String csv;
  public String symbol;
  public String timeframe;
  public String from;
  public String to;
  public String costs;
  public String fill;
  public BigDecimal equity;
  public String model;
  public Optimize optimize;
  public Boolean checkLookahead;

  /**
   * {@code --optimize}: {@code objective} (sharpe, sortino, calmar, totalReturn, cagr,
   * profitFactor; default sharpe), {@code folds} (1..20, default 4), {@code holdout} (0.05..0.5,
   * default 0.2). An empty object takes every default.
   */
  public static class Optimize {
    public String objective;
    public Integer folds;
    public Double holdout;
  }
}
