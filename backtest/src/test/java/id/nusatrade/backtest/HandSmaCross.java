package id.nusatrade.backtest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent hand computation of the API.md example (long-only SMA(10)/SMA(30) cross, one unit,
 * no costs, next-open fills, closed at the last close), in exact decimals and plain loops: no
 * engine, no indicator library. sma10 &gt; sma30 is compared as 3 × sum10 &gt; sum30.
 */
public final class HandSmaCross {
  /** One expected trade, prices as decimal text from the file. */
  public record HandTrade(int entryBar, BigDecimal entryPrice, int exitBar, BigDecimal exitPrice) {
    public BigDecimal pnl() {
      return exitPrice.subtract(entryPrice);
    }
  }

  private HandSmaCross() {}

  public static List<HandTrade> trades(List<String[]> rows, int fast, int slow) {
    int n = rows.size();
    BigDecimal[] open = new BigDecimal[n];
    BigDecimal[] close = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      open[i] = new BigDecimal(rows.get(i)[1]);
      close[i] = new BigDecimal(rows.get(i)[4]);
    }
    // sign of sma_fast - sma_slow at bar i, or null during warm-up
    Integer[] sign = new Integer[n];
    for (int i = slow - 1; i < n; i++) {
      BigDecimal sumFast = BigDecimal.ZERO;
      for (int k = i - fast + 1; k <= i; k++) {
        sumFast = sumFast.add(close[k]);
      }
      BigDecimal sumSlow = BigDecimal.ZERO;
      for (int k = i - slow + 1; k <= i; k++) {
        sumSlow = sumSlow.add(close[k]);
      }
      sign[i] =
          sumFast
              .multiply(BigDecimal.valueOf(slow))
              .compareTo(sumSlow.multiply(BigDecimal.valueOf(fast)));
    }
    List<HandTrade> trades = new ArrayList<>();
    Integer entryBar = null;
    for (int i = 1; i < n - 1; i++) {
      if (sign[i - 1] == null || sign[i] == null) {
        continue;
      }
      boolean up = sign[i - 1] <= 0 && sign[i] > 0;
      boolean down = sign[i - 1] >= 0 && sign[i] < 0;
      if (entryBar == null && up) {
        entryBar = i + 1;
      } else if (entryBar != null && down) {
        trades.add(new HandTrade(entryBar, open[entryBar], i + 1, open[i + 1]));
        entryBar = null;
      }
    }
    if (entryBar != null) {
      trades.add(new HandTrade(entryBar, open[entryBar], n - 1, close[n - 1]));
    }
    return trades;
  }
}
