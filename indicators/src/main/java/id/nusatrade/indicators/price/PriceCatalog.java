package id.nusatrade.indicators.price;

import static id.nusatrade.indicators.Param.period;

import id.nusatrade.indicators.IndicatorRegistry;
import java.util.Locale;

/** Spec tokens of the price transforms and window statistics. */
public final class PriceCatalog {
  private PriceCatalog() {}

  public static void register(IndicatorRegistry r) {
    for (PriceTransform.Kind kind : PriceTransform.Kind.values()) {
      r.register(
          kind.name().toLowerCase(Locale.ROOT), "price transform", p -> new PriceTransform(kind));
    }
    for (WindowExtreme.Kind kind : WindowExtreme.Kind.values()) {
      int defaultPeriod =
          kind == WindowExtreme.Kind.MAX || kind == WindowExtreme.Kind.MIN ? 30 : 14;
      r.register(
          kind.name().toLowerCase(Locale.ROOT),
          "window extreme",
          p -> new WindowExtreme(kind, (int) p[0]),
          period("period", defaultPeriod, 2));
    }
    r.register("sum", "window sum", p -> new WindowSum((int) p[0]), period("period", 30, 2));
  }
}
