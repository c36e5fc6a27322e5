package id.nusatrade.indicators.momentum;

import static id.nusatrade.indicators.Param.period;

import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.indicators.momentum.RateOfChange.Kind;

/** Spec tokens of the momentum oscillators (TA-Lib's defaults). */
public final class MomentumCatalog {
  private MomentumCatalog() {}

  public static void register(IndicatorRegistry r) {
    r.register("rsi", "relative strength index", p -> new Rsi((int) p[0]), period("period", 14, 2));
    r.register(
        "cmo", "Chande momentum oscillator", p -> new Cmo((int) p[0]), period("period", 14, 2));
    r.register(
        "stoch",
        "slow stochastic %K/%D (SMA)",
        p -> new Stochastic((int) p[0], (int) p[1], (int) p[2]),
        period("fastK", 5, 1),
        period("slowK", 3, 1),
        period("slowD", 3, 1));
    r.register(
        "stochf",
        "fast stochastic %K/%D (SMA)",
        p -> new StochasticFast((int) p[0], (int) p[1]),
        period("fastK", 5, 1),
        period("fastD", 3, 1));
    r.register(
        "stochrsi",
        "stochastic RSI %K/%D",
        p -> new StochasticRsi((int) p[0], (int) p[1], (int) p[2]),
        period("period", 14, 2),
        period("fastK", 5, 1),
        period("fastD", 3, 1));
    r.register(
        "macd",
        "MACD line, signal, histogram",
        p -> new Macd((int) p[0], (int) p[1], (int) p[2]),
        period("fast", 12, 2),
        period("slow", 26, 2),
        period("signal", 9, 1));
    r.register(
        "apo",
        "absolute price oscillator (SMA)",
        p -> PriceOscillator.apo((int) p[0], (int) p[1]),
        period("fast", 12, 2),
        period("slow", 26, 2));
    r.register(
        "ppo",
        "percentage price oscillator (SMA)",
        p -> PriceOscillator.ppo((int) p[0], (int) p[1]),
        period("fast", 12, 2),
        period("slow", 26, 2));
    r.register("cci", "commodity channel index", p -> new Cci((int) p[0]), period("period", 14, 2));
    r.register("willr", "Williams %R", p -> new WilliamsR((int) p[0]), period("period", 14, 2));
    for (Kind kind : Kind.values()) {
      String name = kind.name().toLowerCase(java.util.Locale.ROOT);
      r.register(
          name,
          "close vs close n bars ago",
          p -> new RateOfChange(kind, (int) p[0]),
          period("period", 10, 1));
    }
    r.register("trix", "TRIX", p -> new Trix((int) p[0]), period("period", 30, 1));
    r.register("aroon", "Aroon down/up", p -> Aroon.lines((int) p[0]), period("period", 14, 2));
    r.register(
        "aroonosc", "Aroon oscillator", p -> Aroon.oscillator((int) p[0]), period("period", 14, 2));
    r.register(
        "ultosc",
        "ultimate oscillator",
        p -> new UltimateOscillator((int) p[0], (int) p[1], (int) p[2]),
        period("period1", 7, 1),
        period("period2", 14, 1),
        period("period3", 28, 1));
    r.register("bop", "balance of power", p -> new BalanceOfPower());
  }
}
