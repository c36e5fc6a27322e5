package id.nusatrade.backtest.engine;

import id.nusatrade.backtest.strategy.Columns;
import id.nusatrade.backtest.strategy.Distance;
import id.nusatrade.backtest.strategy.Expr;
import id.nusatrade.backtest.strategy.Sizing;
import id.nusatrade.backtest.strategy.Strategy;

/** A strategy bound to one run's columns: conditions and distances ready to evaluate per bar. */
record CompiledStrategy(
    Expr.CondEval entryLong,
    Expr.CondEval exitLong,
    Expr.CondEval entryShort,
    Expr.CondEval exitShort,
    Level stopLoss,
    Level takeProfit,
    Level trailingStop,
    int timeExitBars,
    Sizing size) {

  /** A distance from the entry price, evaluated on the signal bar ({@code NaN}: undefined). */
  interface Level {
    double distance(int signalBar, double entryPrice);
  }

  static CompiledStrategy bind(Strategy s, Columns columns) {
    return new CompiledStrategy(
        cond(s.entryLong(), columns),
        cond(s.exitLong(), columns),
        cond(s.entryShort(), columns),
        cond(s.exitShort(), columns),
        level(s.stopLoss(), columns),
        level(s.takeProfit(), columns),
        level(s.trailingStop(), columns),
        s.timeExitBars(),
        s.size());
  }

  private static Expr.CondEval cond(Expr.Cond cond, Columns columns) {
    return cond == null ? null : cond.bind(columns);
  }

  private static Level level(Distance distance, Columns columns) {
    return switch (distance) {
      case null -> null;
      case Distance.Percent p -> (bar, price) -> price * p.percent() / 100;
      case Distance.Price p -> {
        Expr.NumEval eval = p.expression().bind(columns);
        yield (bar, price) -> {
          double d = eval.at(bar);
          return d > 0 ? d : Double.NaN;
        };
      }
    };
  }
}
