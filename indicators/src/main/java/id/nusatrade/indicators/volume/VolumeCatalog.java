package id.nusatrade.indicators.volume;

import static id.nusatrade.indicators.Param.period;

import id.nusatrade.indicators.IndicatorRegistry;

/** Spec tokens of the volume indicators. */
public final class VolumeCatalog {
  private VolumeCatalog() {}

  public static void register(IndicatorRegistry r) {
    r.register("obv", "on-balance volume", p -> new OnBalanceVolume());
    r.register("ad", "accumulation/distribution line", p -> AccumulationDistribution.line());
    r.register(
        "adosc",
        "Chaikin A/D oscillator",
        p -> AccumulationDistribution.oscillator((int) p[0], (int) p[1]),
        period("fast", 3, 2),
        period("slow", 10, 2));
    r.register(
        "mfi", "money flow index", p -> new MoneyFlowIndex((int) p[0]), period("period", 14, 2));
    r.register(
        "vwap",
        "session VWAP (instrument session day; UTC day when none is given)",
        p -> new Vwap());
  }
}
