package id.nusatrade.backtest.service;

import id.nusatrade.backtest.run.Analysis;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a trader asks to run: the strategy file's text, the bars, the costs file's text ({@code
 * null}, blank or {@code none}: no costs), the fill mode ({@code next-open} or {@code close};
 * {@code null}: next-open), the initial equity ({@code null}: the CLI's default), a registry model
 * the caller may see ({@code null}: none; as the CLI's {@code --model}) and what to do beyond one
 * run ({@code null}: nothing; as {@code --optimize} and {@code --check-lookahead}).
 */
public record BacktestRequest(
    String strategy,
    BarSource data,
    String costs,
    String fill,
    BigDecimal equity,
    UUID model,
    Analysis analysis) {

  public BacktestRequest {
    analysis = analysis == null ? Analysis.NONE : analysis;
  }

  /** A plain run without a model. */
  public BacktestRequest(
      String strategy, BarSource data, String costs, String fill, BigDecimal equity) {
    this(strategy, data, costs, fill, equity, null, Analysis.NONE);
  }
}
