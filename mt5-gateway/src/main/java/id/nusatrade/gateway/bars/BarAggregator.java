package id.nusatrade.gateway.bars;

import id.nusatrade.domain.market.Timeframe;
import java.util.Arrays;
import java.util.List;

/**
 * OHLC + tick volume of the mid price for every stream and timeframe, in flat primitive arrays
 * (index = stream * timeframes + timeframe). A bar closes when the first tick of a later bar
 * arrives; bars with no ticks are not emitted. Single writer.
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
  private final long[] volume;

  public BarAggregator(int maxStreams, List<BarListener> listeners) {
    this.listeners = listeners.toArray(BarListener[]::new);
    int size = maxStreams * N;
    openTime = new long[size];
    Arrays.fill(openTime, Long.MIN_VALUE);
    open = new double[size];
    high = new double[size];
    low = new double[size];
    close = new double[size];
    volume = new long[size];
  }

  public void onTick(int stream, long timeMillis, double price) {
    for (int f = 0; f < N; f++) {
      int i = stream * N + f;
      long barOpen = FRAMES[f].openTimeOf(timeMillis);
      if (barOpen > openTime[i]) {
        if (openTime[i] != Long.MIN_VALUE) {
          emit(stream, f, i);
        }
        start(i, barOpen, price);
      } else if (barOpen == openTime[i]) {
        high[i] = Math.max(high[i], price);
        low[i] = Math.min(low[i], price);
        close[i] = price;
        volume[i]++;
      }
      // an older bar (barOpen < openTime) cannot come after validation; ignore it if it does
    }
  }

  public void endOfBatch() {
    for (BarListener l : listeners) {
      l.endOfBatch();
    }
  }

  private void start(int i, long barOpen, double price) {
    openTime[i] = barOpen;
    open[i] = price;
    high[i] = price;
    low[i] = price;
    close[i] = price;
    volume[i] = 1;
  }

  private void emit(int stream, int f, int i) {
    for (BarListener l : listeners) {
      l.barClosed(stream, FRAMES[f], openTime[i], open[i], high[i], low[i], close[i], volume[i]);
    }
  }
}
