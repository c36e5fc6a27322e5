package id.nusatrade.indicators;

import id.nusatrade.indicators.average.AverageCatalog;
import id.nusatrade.indicators.momentum.MomentumCatalog;
import id.nusatrade.indicators.price.PriceCatalog;
import id.nusatrade.indicators.trend.TrendCatalog;
import id.nusatrade.indicators.volatility.VolatilityCatalog;
import id.nusatrade.indicators.volume.VolumeCatalog;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps spec tokens ({@code rsi:14}, {@code macd:12:26:9}) to indicator factories, so a user's
 * indicator set is configuration. Parameters are validated against each definition; a bad token
 * yields an {@link IllegalArgumentException} that quotes it.
 */
public final class IndicatorRegistry {
  /** Builds an indicator from validated parameters (defaults filled in). */
  @FunctionalInterface
  public interface Factory {
    Indicator create(double[] params);
  }

  /** One registered indicator. */
  public record Definition(String name, String summary, List<Param> params, Factory factory) {}

  private final Map<String, Definition> definitions = new LinkedHashMap<>();

  /** Every indicator of this module. */
  public static IndicatorRegistry standard() {
    IndicatorRegistry registry = new IndicatorRegistry();
    AverageCatalog.register(registry);
    MomentumCatalog.register(registry);
    TrendCatalog.register(registry);
    VolatilityCatalog.register(registry);
    VolumeCatalog.register(registry);
    PriceCatalog.register(registry);
    return registry;
  }

  public IndicatorRegistry register(String name, String summary, Factory factory, Param... params) {
    if (definitions.putIfAbsent(name, new Definition(name, summary, List.of(params), factory))
        != null) {
      throw new IllegalStateException("indicator registered twice: " + name);
    }
    return this;
  }

  public Collection<Definition> definitions() {
    return Collections.unmodifiableCollection(definitions.values());
  }

  /** Builds the indicator a token names, for example {@code bbands:20:2}. */
  public Indicator create(String token) {
    String[] parts = token.trim().split(":", -1);
    String name = parts[0].trim().toLowerCase(Locale.ROOT);
    Definition definition = definitions.get(name);
    if (definition == null) {
      throw bad(token, "unknown indicator '" + name + "' (known: " + known() + ")");
    }
    List<Param> params = definition.params();
    if (parts.length - 1 > params.size()) {
      throw bad(token, name + " takes at most " + params.size() + " parameter(s) " + names(params));
    }
    double[] values = new double[params.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          i + 1 < parts.length
              ? parse(token, params.get(i), parts[i + 1])
              : params.get(i).defaultValue();
    }
    return definition.factory().create(values);
  }

  private static double parse(String token, Param param, String text) {
    try {
      return param.parse(text.trim());
    } catch (IllegalArgumentException e) {
      throw bad(token, e.getMessage());
    }
  }

  private static String names(List<Param> params) {
    return params.stream().map(Param::name).toList().toString();
  }

  private String known() {
    return String.join(", ", definitions.keySet());
  }

  static IllegalArgumentException bad(String token, String why) {
    return new IllegalArgumentException("Bad indicator token '" + token.trim() + "': " + why);
  }
}
