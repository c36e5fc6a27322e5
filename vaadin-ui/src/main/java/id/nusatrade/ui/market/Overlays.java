package id.nusatrade.ui.market;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorStore;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.IndicatorSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Price-overlay indicators for the chart, read from where the gateway stores them: the values its
 * market core computed on each closed bar of the viewer's feed ({@link IndicatorStore}, one row per
 * feed, timeframe, output and bar). The UI computes no indicator itself, so the chart shows exactly
 * what signals and strategies saw. The candle in progress has no point until it closes.
 */
public final class Overlays {
  private static final Set<String> PRICE_OVERLAYS = Set.of("sma", "ema", "bbands");

  /**
   * The overlays the chooser offers, in menu order: the price-level indicators of the gateway's
   * default set ({@link IndicatorSpecs#DEFAULT_SPEC}), the ones stored for every feed.
   */
  public static final List<String> CHOICES =
      List.of(IndicatorSpecs.DEFAULT_SPEC.split(",")).stream()
          .filter(t -> PRICE_OVERLAYS.contains(t.split(":")[0].toLowerCase(Locale.ROOT)))
          .toList();

  /** One line: the output's column name ({@code sma_20}, {@code bbands_upper_20_2}) and points. */
  public record Line(String name, List<Point> points) {}

  /** A value at a candle's open time (epoch milliseconds). */
  public record Point(long time, double value) {}

  private Overlays() {}

  /** Every output of each token, as stored for the feed over the closed candles' span. */
  public static List<Line> read(
      IndicatorStore store, FeedId feed, Timeframe tf, List<String> tokens, List<Candle> closed) {
    List<Line> lines = new ArrayList<>();
    for (String token : tokens) {
      for (String name : IndicatorRegistry.standard().create(token).names()) {
        List<Point> points =
            closed.isEmpty()
                ? List.of()
                : store
                    .indicators(
                        feed, tf, name, closed.getFirst().time(), closed.getLast().time() + 1)
                    .stream()
                    .map(Overlays::point)
                    .toList();
        lines.add(new Line(name, points));
      }
    }
    return lines;
  }

  private static Point point(IndicatorValue v) {
    return new Point(v.timeMillis(), v.value());
  }
}
