package id.nusatrade.ui.market;

import id.nusatrade.indicators.Indicator;
import id.nusatrade.indicators.IndicatorRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Price-overlay indicators for the chart, computed by the platform's own incremental indicators
 * (module {@code indicators}, the same tokens as an indicator-set spec) over the closed candles.
 * The candle in progress gets no point until it closes: an indicator value moves with every tick
 * otherwise, which is not what a trader acts on.
 */
public final class Overlays {
  /** The overlays the chooser offers (tokens of docs/indicators.md), in menu order. */
  public static final List<String> CHOICES = List.of("sma:20", "ema:50", "bbands:20:2");

  /** One line: the output's column name ({@code sma_20}, {@code bbands_upper_20_2}) and points. */
  public record Line(String name, List<Point> points) {}

  /** A value at a candle's open time (epoch milliseconds). */
  public record Point(long time, double value) {}

  private Overlays() {}

  public static List<Line> compute(List<String> tokens, List<Candle> closed) {
    List<Line> lines = new ArrayList<>();
    for (String token : tokens) {
      lines.addAll(lines(IndicatorRegistry.standard().create(token), closed));
    }
    return lines;
  }

  private static List<Line> lines(Indicator indicator, List<Candle> closed) {
    List<List<Point>> outputs = new ArrayList<>();
    for (int k = 0; k < indicator.outputs(); k++) {
      outputs.add(new ArrayList<>());
    }
    for (Candle c : closed) {
      indicator.update(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume());
      for (int k = 0; indicator.ready() && k < indicator.outputs(); k++) {
        outputs.get(k).add(new Point(c.time(), indicator.value(k)));
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int k = 0; k < indicator.outputs(); k++) {
      lines.add(new Line(indicator.names()[k], List.copyOf(outputs.get(k))));
    }
    return lines;
  }
}
