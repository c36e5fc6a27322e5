package id.nusatrade.market.bars;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.TradingSession;
import id.nusatrade.indicators.cli.BadInputException;
import id.nusatrade.indicators.cli.BarCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A bar series as primitive columns (time = bar open in epoch milliseconds, strictly increasing),
 * the shape indicators, the backtester and model training read fastest. The platform's one bar
 * series: backtests and training both use it, and resample it with the live gateway's bar builder.
 */
public record BarSeries(
    long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {

  public BarSeries {
    int n = time.length;
    if (open.length != n
        || high.length != n
        || low.length != n
        || close.length != n
        || volume.length != n) {
      throw new IllegalArgumentException("bar columns differ in length");
    }
  }

  public int size() {
    return time.length;
  }

  /** Mean spacing between bar times in milliseconds (0 for fewer than two bars). */
  public double meanSpacingMillis() {
    int n = size();
    return n < 2 ? 0 : (double) (time[n - 1] - time[0]) / (n - 1);
  }

  /** Median spacing between consecutive bars: the input's own timeframe, gaps aside. */
  public long medianSpacingMillis() {
    int n = size();
    if (n < 2) {
      return 0;
    }
    long[] gaps = new long[n - 1];
    for (int i = 1; i < n; i++) {
      gaps[i - 1] = time[i] - time[i - 1];
    }
    Arrays.sort(gaps);
    return gaps[gaps.length / 2];
  }

  /**
   * Bars at {@code timeframe}: the series itself when its bars are already that long or longer,
   * otherwise built by the market core's bar builder (the live gateway's {@link BarAggregator})
   * from these bars: first open, highest high, lowest low, last close, summed volume; a bar's time
   * is its start, D1 and H4 bars start at UTC midnight.
   */
  public BarSeries atTimeframe(Timeframe timeframe) {
    return atTimeframe(timeframe, TradingSession.UTC_MIDNIGHT);
  }

  /** As {@link #atTimeframe(Timeframe)}, with D1 and H4 bars aligned to {@code session}. */
  public BarSeries atTimeframe(Timeframe timeframe, TradingSession session) {
    long spacing = medianSpacingMillis();
    if (size() < 2 || spacing >= timeframe.millis()) {
      return this;
    }
    Collector out = new Collector(timeframe);
    BarAggregator bars = new BarAggregator(1, List.of(out), s -> session);
    for (int i = 0; i < size(); i++) {
      bars.onBar(0, time[i], open[i], high[i], low[i], close[i], volume[i]);
    }
    bars.closeOpenBars(0);
    return out.series();
  }

  /** The closed bars of one timeframe, as columns. */
  private static final class Collector implements BarListener {
    private final Timeframe timeframe;
    private final Builder out;

    Collector(Timeframe timeframe) {
      this.timeframe = timeframe;
      this.out = new Builder();
    }

    @Override
    public void barClosed(
        int stream, Timeframe tf, long openTime, double o, double h, double l, double c, long vol) {
      barClosed(stream, tf, openTime, o, h, l, c, (double) vol);
    }

    @Override
    public void barClosed(
        int stream,
        Timeframe tf,
        long openTime,
        double o,
        double h,
        double l,
        double c,
        double vol) {
      if (tf == timeframe) {
        out.add(openTime, o, h, l, c, vol);
      }
    }

    BarSeries series() {
      return out.build();
    }
  }

  /**
   * Reads a bar CSV ({@code time,open,high,low,close,volume}) with the shared bar CSV reader of
   * {@code indicators}.
   *
   * @throws BadInputException naming the line of the first malformed bar
   */
  public static BarSeries read(Path file) throws IOException, BadInputException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /** As {@link #read(Path)}, from text already open (an upload); the caller closes it. */
  public static BarSeries read(BufferedReader reader) throws IOException, BadInputException {
    Builder builder = new Builder();
    BarCsv.read(
        reader,
        row ->
            builder.add(row.time(), row.open(), row.high(), row.low(), row.close(), row.volume()));
    return builder.build();
  }

  /** Collects bars one by one into growing columns. */
  public static final class Builder {
    private long[] time = new long[1024];
    private double[][] c = new double[5][1024];
    private int n;

    public Builder add(long t, double open, double high, double low, double close, double volume) {
      if (n == time.length) {
        time = Arrays.copyOf(time, n * 2);
        for (int i = 0; i < 5; i++) {
          c[i] = Arrays.copyOf(c[i], n * 2);
        }
      }
      time[n] = t;
      c[0][n] = open;
      c[1][n] = high;
      c[2][n] = low;
      c[3][n] = close;
      c[4][n] = volume;
      n++;
      return this;
    }

    public int size() {
      return n;
    }

    public BarSeries build() {
      return new BarSeries(
          Arrays.copyOf(time, n),
          Arrays.copyOf(c[0], n),
          Arrays.copyOf(c[1], n),
          Arrays.copyOf(c[2], n),
          Arrays.copyOf(c[3], n),
          Arrays.copyOf(c[4], n));
    }
  }

  /** The first {@code count} bars followed by {@code tail}'s bars (the look-ahead check's swap). */
  public BarSeries withTail(int count, BarSeries tail) {
    int m = count + tail.size();
    BarSeries out =
        new BarSeries(
            Arrays.copyOf(time, m),
            Arrays.copyOf(open, m),
            Arrays.copyOf(high, m),
            Arrays.copyOf(low, m),
            Arrays.copyOf(close, m),
            Arrays.copyOf(volume, m));
    System.arraycopy(tail.time, 0, out.time, count, tail.size());
    System.arraycopy(tail.open, 0, out.open, count, tail.size());
    System.arraycopy(tail.high, 0, out.high, count, tail.size());
    System.arraycopy(tail.low, 0, out.low, count, tail.size());
    System.arraycopy(tail.close, 0, out.close, count, tail.size());
    System.arraycopy(tail.volume, 0, out.volume, count, tail.size());
    return out;
  }

  /** Bars {@code from} (inclusive) to {@code to} (exclusive). */
  public BarSeries slice(int from, int to) {
    return new BarSeries(
        Arrays.copyOfRange(time, from, to),
        Arrays.copyOfRange(open, from, to),
        Arrays.copyOfRange(high, from, to),
        Arrays.copyOfRange(low, from, to),
        Arrays.copyOfRange(close, from, to),
        Arrays.copyOfRange(volume, from, to));
  }
}
