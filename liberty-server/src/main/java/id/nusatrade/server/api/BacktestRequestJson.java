package id.nusatrade.server.api;

import java.math.BigDecimal;

/**
 * The body of {@code POST /backtests}: the strategy file's text, and either {@code csv} (a bar CSV
 * as {@code ./nusatrade backtest --input} reads it) or {@code symbol} (the tenant's stored bars,
 * with optional {@code timeframe}, {@code from}, {@code to} as ISO instants); {@code costs} the
 * costs file's text or {@code none}; {@code fill} {@code next-open} or {@code close}.
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
}
