package id.nusatrade.signals.features;

import id.nusatrade.indicators.IndicatorRegistry;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A feature set as configuration: comma-separated tokens, saved verbatim with the model.
 *
 * <ul>
 *   <li>{@code ret:N} log return over N bars; {@code vol:N} volatility of one-bar log returns;
 *       {@code volz:N} volume z-score; {@code range} and {@code body} of the candle
 *   <li>any indicator token of the {@code indicators} module as is ({@code rsi:14}, {@code
 *       adx:14}), or relative to the close: {@code dist:sma:50} (value / close − 1), {@code
 *       norm:atr:14} (value / close)
 *   <li>{@code cross:A/B} crossing and side of two indicators ({@code cross:sma:10/sma:30})
 *   <li>{@code tod:ZONE} hour of day, {@code dow:ZONE} day of week in a zone ({@code
 *       tod:Asia/Jakarta})
 * </ul>
 */
public record FeatureSpec(String text) {
  /** A general-purpose set for any timeframe; the zone of the time features is UTC. */
  public static final String DEFAULT =
      "ret:1,ret:2,ret:5,ret:10,ret:20,vol:10,vol:20,range,body,volz:20,rsi:14,willr:14,cci:20,"
          + "adx:14,norm:atr:14,norm:macd:12:26:9,dist:sma:20,dist:sma:50,dist:bbands:20:2,"
          + "cross:sma:10/sma:30,tod:UTC,dow:UTC";

  public FeatureSpec {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Empty feature spec: give tokens such as ret:5,rsi:14");
    }
    text = text.strip();
    build(text); // validates every token now, not at the first bar
  }

  public static FeatureSpec defaults() {
    return new FeatureSpec(DEFAULT);
  }

  /** The default set with its time features in {@code zone}. */
  public static FeatureSpec defaults(ZoneId zone) {
    return new FeatureSpec(DEFAULT.replace(":UTC", ":" + zone.getId()));
  }

  /** Fresh feature instances (each pipeline owns its state). */
  List<Feature> build() {
    return build(text);
  }

  private static List<Feature> build(String text) {
    IndicatorRegistry registry = IndicatorRegistry.standard();
    List<Feature> features = new ArrayList<>();
    for (String raw : text.split(",", -1)) {
      String token = raw.strip();
      if (token.isEmpty()) {
        throw new IllegalArgumentException("Empty feature token in '" + text + "'");
      }
      features.add(parse(token, registry));
    }
    return features;
  }

  private static Feature parse(String token, IndicatorRegistry registry) {
    int colon = token.indexOf(':');
    String head = colon < 0 ? token : token.substring(0, colon);
    String rest = colon < 0 ? "" : token.substring(colon + 1);
    return switch (head) {
      case "ret" -> new ReturnFeature(bars(token, rest, 1));
      case "vol" -> new VolatilityFeature(bars(token, rest, 2));
      case "volz" -> new VolumeZFeature(bars(token, rest, 2));
      case "range", "body" -> new CandleFeature(head.equals("range"));
      case "tod", "dow" -> new CalendarFeature(zone(token, rest), head.equals("dow"));
      case "dist" -> new IndicatorFeature(registry.create(rest), IndicatorFeature.Mode.DIST);
      case "norm" -> new IndicatorFeature(registry.create(rest), IndicatorFeature.Mode.NORM);
      case "cross" -> cross(token, rest, registry);
      default -> new IndicatorFeature(registry.create(token), IndicatorFeature.Mode.RAW);
    };
  }

  private static Feature cross(String token, String rest, IndicatorRegistry registry) {
    String[] pair = rest.split("/", -1);
    if (pair.length != 2) {
      throw bad(
          token, "cross takes two indicator tokens separated by '/', e.g. cross:sma:10/sma:30");
    }
    return new CrossFeature(registry.create(pair[0]), registry.create(pair[1]));
  }

  private static int bars(String token, String text, int min) {
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= 10_000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(token, "needs a whole number of bars from " + min + " to 10000");
  }

  private static ZoneId zone(String token, String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw bad(token, "unknown time zone '" + text + "' (e.g. Asia/Jakarta, UTC)");
    }
  }

  private static IllegalArgumentException bad(String token, String why) {
    return new IllegalArgumentException("Bad feature token '" + token + "': " + why);
  }
}
