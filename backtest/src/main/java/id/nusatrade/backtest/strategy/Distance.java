package id.nusatrade.backtest.strategy;

/**
 * How far from the entry price a stop-loss, take-profit or trailing stop sits: a percentage of the
 * entry price, or a price distance given by an expression evaluated on the signal bar (for example
 * {@code 2 * atr(14)}).
 */
public sealed interface Distance permits Distance.Percent, Distance.Price {
  /** {@code percent} % of the entry price. */
  record Percent(double percent) implements Distance {}

  /** A price distance computed from the signal bar's values. */
  record Price(Expr.Num expression) implements Distance {}
}
