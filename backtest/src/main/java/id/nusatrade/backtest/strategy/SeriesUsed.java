package id.nusatrade.backtest.strategy;

import java.util.LinkedHashSet;
import java.util.Set;

/** The indicator outputs a strategy reads, in its rules and its distances. */
public final class SeriesUsed {
  private SeriesUsed() {}

  public static Set<Series.IndicatorOutput> indicators(Strategy s) {
    Set<Series.IndicatorOutput> out = new LinkedHashSet<>();
    for (Expr.Cond c :
        new Expr.Cond[] {s.entryLong(), s.exitLong(), s.entryShort(), s.exitShort()}) {
      cond(c, out);
    }
    for (Distance d : new Distance[] {s.stopLoss(), s.takeProfit(), s.trailingStop()}) {
      if (d instanceof Distance.Price p) {
        num(p.expression(), out);
      }
    }
    return out;
  }

  private static void cond(Expr.Cond c, Set<Series.IndicatorOutput> out) {
    switch (c) {
      case null -> {}
      case Expr.Compare x -> {
        num(x.a(), out);
        num(x.b(), out);
      }
      case Expr.Cross x -> {
        num(x.a(), out);
        num(x.b(), out);
      }
      case Expr.And x -> {
        cond(x.a(), out);
        cond(x.b(), out);
      }
      case Expr.Or x -> {
        cond(x.a(), out);
        cond(x.b(), out);
      }
      case Expr.Not x -> cond(x.a(), out);
    }
  }

  private static void num(Expr.Num n, Set<Series.IndicatorOutput> out) {
    switch (n) {
      case Expr.Constant x -> {}
      case Expr.SeriesRef x -> {
        if (x.series() instanceof Series.IndicatorOutput o) {
          out.add(o);
        }
      }
      case Expr.Arithmetic x -> {
        num(x.a(), out);
        num(x.b(), out);
      }
      case Expr.Negate x -> num(x.a(), out);
    }
  }
}
