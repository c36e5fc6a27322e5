package id.nusatrade.market.bars;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.TradingSession;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * OHLC + tick volume of the mid price for every stream and timeframe, in flat primitive arrays
 * (index = stream * timeframes + timeframe). A bar closes when the first tick of a later bar
 * arrives; bars with no ticks are not emitted. The one bar builder of the platform: the gateway
 * feeds it ticks ({@link #onTick}), the backtester finer bars ({@link #onBar}, a tick being a bar
 * with one price and volume 1), so live and backtest bars are the same bars. D1 and H4 bars align
 * to the stream's {@link TradingSession} (the instrument's day start, FX: 17:00 New York); the
 * session day's bounds are cached per stream, so the calendar is consulted once a day per stream,
 * not per tick. Single writer.
 */
public final class BarAggregator {
  private static final Timeframe[] FRAMES = Timeframe.values();
  private static final int N = FRAMES.length;

  private final BarListener[] listeners;
  private final long[] openTime;
  private final double[] open;
  private final double[] high;
  private final double[] low;
  private final double[] close;
  private final double[] volume;
  private final IntFunction<TradingSession> sessionOf;
  private final TradingSession[] session;
  private final long[] dayOpen;
  private final long[] nextDayOpen;

  /** Every stream on UTC-midnight days (D1 and H4 aligned to UTC). */
  public BarAggregator(int maxStreams, List<BarListener> listeners) {
    this(maxStreams, listeners, s -> TradingSession.UTC_MIDNIGHT);
  }

  /**
   * @param sessionOf the trading session of a stream, asked once per stream (its first tick)
   */
  public BarAggregator(
      int maxStreams, List<BarListener> listeners, IntFunction<TradingSession> sessionOf) {
    this.sessionOf = sessionOf;
    this.session = new TradingSession[maxStreams];
    this.dayOpen = new long[maxStreams];
    this.nextDayOpen = new long[maxStreams];
    Arrays.fill(nextDayOpen, Long.MIN_VALUE);
    this.listeners = listeners.toArray(BarListener[]::new);
    int size = maxStreams * N;
    openTime = new long[size];
    Arrays.fill(openTime, Long.MIN_VALUE);
    open = new double[size];
    high = new double[size];
    low = new double[size];
    close = new double[size];
    volume = new double[size];
  }

  public void onTick(int stream, long timeMillis, double price) {
    onBar(stream, timeMillis, price, price, price, price, 1);
  }

  /**
   * A finer bar (opening at {@code timeMillis}) merged into the bars of every timeframe: the first
   * open, the highest high, the lowest low, the last close, the summed volume.
   */
  public void onBar(
      int stream, long timeMillis, double o, double h, double l, double c, double vol) {
    long day = sessionDay(stream, timeMillis);
    for (int f = 0; f < N; f++) {
      int i = stream * N + f;
      long barOpen =
          switch (FRAMES[f]) {
            case D1 -> day;
            case H4 -> TradingSession.h4Open(day, timeMillis);
            default -> FRAMES[f].openTimeOf(timeMillis);
          };
      if (barOpen > openTime[i]) {
        if (openTime[i] != Long.MIN_VALUE) {
          emit(stream, f, i);
        }
        openTime[i] = barOpen;
        open[i] = o;
        high[i] = h;
        low[i] = l;
        close[i] = c;
        volume[i] = vol;
      } else if (barOpen == openTime[i]) {
        high[i] = Math.max(high[i], h);
        low[i] = Math.min(low[i], l);
        close[i] = c;
        volume[i] += vol;
      }
      // an older bar (barOpen < openTime) cannot come after validation; ignore it if it does
    }
  }

  /**
   * End of the data (a backtest's last input bar): emits the stream's bars in progress, which no
   * later tick will close, and forgets them.
   */
  public void closeOpenBars(int stream) {
    for (int f = 0; f < N; f++) {
      int i = stream * N + f;
      if (openTime[i] != Long.MIN_VALUE) {
        emit(stream, f, i);
        openTime[i] = Long.MIN_VALUE;
      }
    }
  }

  /** Open of the stream's session day containing the time; recomputed only when a day ends. */
  private long sessionDay(int stream, long timeMillis) {
    if (timeMillis >= nextDayOpen[stream] || timeMillis < dayOpen[stream]) {
      if (session[stream] == null) {
        session[stream] = sessionOf.apply(stream);
      }
      dayOpen[stream] = session[stream].dayOpen(timeMillis);
      nextDayOpen[stream] = session[stream].nextDayOpen(dayOpen[stream]);
    }
    return dayOpen[stream];
  }

  public void endOfBatch() {
    for (BarListener l : listeners) {
      l.endOfBatch();
    }
  }

  private void emit(int stream, int f, int i) {
    for (BarListener l : listeners) {
      l.barClosed(stream, FRAMES[f], openTime[i], open[i], high[i], low[i], close[i], volume[i]);
    }
  }
}
