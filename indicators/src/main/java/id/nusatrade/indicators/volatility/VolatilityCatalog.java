package id.nusatrade.indicators.volatility;

import static id.nusatrade.indicators.Param.period;
import static id.nusatrade.indicators.Param.real;

import id.nusatrade.indicators.IndicatorRegistry;

/** Spec tokens of the volatility indicators. */
public final class VolatilityCatalog {
  private VolatilityCatalog() {}

  public static void register(IndicatorRegistry r) {
    r.register("atr", "average true range", p -> Atr.atr((int) p[0]), period("period", 14, 1));
    r.register("natr", "normalized ATR (%)", p -> Atr.natr((int) p[0]), period("period", 14, 1));
    r.register("trange", "true range", p -> new TrueRange());
    r.register(
        "bbands",
        "Bollinger Bands",
        p -> new BollingerBands((int) p[0], p[1]),
        period("period", 5, 2),
        real("nbDev", 2, 0, 100));
    r.register(
        "stddev",
        "standard deviation",
        p -> Deviation.stddev((int) p[0], p[1]),
        period("period", 5, 2),
        real("nbDev", 1, 0, 100));
    r.register("var", "variance", p -> Deviation.variance((int) p[0]), period("period", 5, 1));
    r.register(
        "keltner",
        "Keltner channels",
        p -> new KeltnerChannels((int) p[0], p[1], (int) p[2]),
        period("emaPeriod", 20, 2),
        real("multiplier", 2, 0, 100),
        period("atrPeriod", 10, 1));
    r.register(
        "donchian",
        "Donchian channels",
        p -> new DonchianChannels((int) p[0]),
        period("period", 20, 1));
  }
}
