package id.nusatrade.market.bars;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.TradingSession;
import id.nusatrade.indicators.IndicatorSet;
import java.util.function.IntFunction;

/**
 * One {@link IndicatorSet} per stream and timeframe, built from configuration (see {@link
 * IndicatorSpecs}) the first time a bar of that stream closes, then updated once per closed bar.
 * After that first bar nothing is allocated: the set updates in place and listeners read its values
 * into their own buffers. Single writer, like the aggregator that feeds it.
 */
public final class IndicatorBank implements BarListener {
  private static final int N = Timeframe.values().length;
  private static final IndicatorSet NONE = null;

  private final IntFunction<IndicatorSet> factory;
  private final IndicatorListener listener;
  private final IndicatorSet[] sets;
  private final String[][] columns;
  private final boolean[] built;

  /**
   * @param factory builds the set of a stream (its tenant's spec); null means no indicators
   */
  public IndicatorBank(
      int maxStreams, IntFunction<IndicatorSet> factory, IndicatorListener listener) {
    this(maxStreams, factory, null, listener);
  }

  /**
   * Sets whose session indicators (VWAP) restart at the stream's trading session, like its D1 bar.
   *
   * @param sessionOf the trading session of a stream; null: UTC days
   */
  public IndicatorBank(
      int maxStreams,
      IntFunction<IndicatorSet> factory,
      IntFunction<TradingSession> sessionOf,
      IndicatorListener listener) {
    this.factory =
        sessionOf == null
            ? factory
            : s -> {
              IndicatorSet set = factory.apply(s);
              return set == null ? null : set.sessions(sessionOf.apply(s).dayOpens());
            };
    this.listener = listener;
    this.sets = new IndicatorSet[maxStreams * N];
    this.columns = new String[maxStreams * N][];
    this.built = new boolean[maxStreams * N];
  }

  @Override
  public void barClosed(
      int stream, Timeframe tf, long openTime, double o, double h, double l, double c, long vol) {
    barClosed(stream, tf, openTime, o, h, l, c, (double) vol);
  }

  @Override
  public void barClosed(
      int stream, Timeframe tf, long openTime, double o, double h, double l, double c, double vol) {
    int i = stream * N + tf.ordinal();
    if (!built[i]) {
      build(i, stream);
    }
    IndicatorSet set = sets[i];
    if (set == NONE) {
      return;
    }
    set.update(openTime, o, h, l, c, vol);
    listener.indicatorsUpdated(stream, tf, openTime, columns[i], set);
  }

  /** The set of a stream and timeframe, or null if none was built (yet). For tests and tools. */
  public IndicatorSet set(int stream, Timeframe tf) {
    return sets[stream * N + tf.ordinal()];
  }

  private void build(int i, int stream) {
    IndicatorSet set = factory.apply(stream);
    sets[i] = set;
    columns[i] = set == null ? null : set.columnNames();
    built[i] = true;
  }
}
