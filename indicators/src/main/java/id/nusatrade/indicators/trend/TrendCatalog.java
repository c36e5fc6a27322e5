package id.nusatrade.indicators.trend;

import static id.nusatrade.indicators.Param.period;
import static id.nusatrade.indicators.Param.real;

import id.nusatrade.indicators.IndicatorRegistry;
import java.util.Locale;

/** Spec tokens of the trend indicators. */
public final class TrendCatalog {
  private TrendCatalog() {}

  public static void register(IndicatorRegistry r) {
    r.register(
        "adx", "average directional index", p -> new Adx((int) p[0]), period("period", 14, 2));
    r.register("adxr", "ADX rating", p -> new Adxr((int) p[0]), period("period", 14, 2));
    for (DirectionalMovement.Kind kind : DirectionalMovement.Kind.values()) {
      r.register(
          kind.name().toLowerCase(Locale.ROOT),
          "Wilder directional movement",
          p -> new DirectionalMovement(kind, (int) p[0]),
          period("period", 14, 2));
    }
    for (LinearRegression.Kind kind : LinearRegression.Kind.values()) {
      r.register(
          kind.name().toLowerCase(Locale.ROOT),
          "least-squares line of the close",
          p -> new LinearRegression(kind, (int) p[0]),
          period("period", 14, 2));
    }
    r.register(
        "sar",
        "parabolic SAR",
        p -> new ParabolicSar(p[0], p[1]),
        real("acceleration", 0.02, 0, 10),
        real("maximum", 0.2, 0, 10));
    r.register(
        "supertrend",
        "SuperTrend line and direction",
        p -> new SuperTrend((int) p[0], p[1]),
        period("period", 10, 1),
        real("multiplier", 3, 0, 100));
    r.register(
        "ichimoku",
        "Ichimoku tenkan, kijun, senkou A/B",
        p -> new Ichimoku((int) p[0], (int) p[1], (int) p[2]),
        period("tenkan", 9, 1),
        period("kijun", 26, 1),
        period("senkou", 52, 1));
  }
}
