package id.nusatrade.indicators.average;

import static id.nusatrade.indicators.Param.period;
import static id.nusatrade.indicators.Param.real;

import id.nusatrade.indicators.IndicatorRegistry;

/** Spec tokens of the moving averages (defaults are TA-Lib's where TA-Lib has the average). */
public final class AverageCatalog {
  private AverageCatalog() {}

  public static void register(IndicatorRegistry r) {
    r.register("sma", "simple moving average", p -> new Sma((int) p[0]), period("period", 30, 2));
    r.register(
        "ema", "exponential moving average", p -> new Ema((int) p[0]), period("period", 30, 2));
    r.register("wma", "weighted moving average", p -> new Wma((int) p[0]), period("period", 30, 2));
    r.register("dema", "double EMA", p -> new Dema((int) p[0]), period("period", 30, 2));
    r.register("tema", "triple EMA", p -> new Tema((int) p[0]), period("period", 30, 2));
    r.register("trima", "triangular MA", p -> new Trima((int) p[0]), period("period", 30, 2));
    r.register("kama", "Kaufman adaptive MA", p -> new Kama((int) p[0]), period("period", 30, 2));
    r.register(
        "t3",
        "Tillson T3",
        p -> new T3((int) p[0], p[1]),
        period("period", 5, 2),
        real("vFactor", 0.7, 0, 1));
    r.register("hma", "Hull moving average", p -> new Hma((int) p[0]), period("period", 9, 2));
    r.register("zlema", "zero-lag EMA", p -> new Zlema((int) p[0]), period("period", 20, 2));
  }
}
