package id.nusatrade.indicators.volume;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The session VWAP restarts where the instrument's session day starts, not at UTC midnight. */
class VwapSessionTest {
  static final long HOUR = 3_600_000L;
  static final long SESSION_OPEN_UTC = 22 * HOUR; // FX in winter: 17:00 New York

  @Test
  void restartsAtTheSessionOpenGiven() {
    Vwap vwap = new Vwap();
    vwap.sessions(t -> Math.floorDiv(t - SESSION_OPEN_UTC, 24 * HOUR));
    long start = 1_768_348_800_000L; // 2026-01-14T00:00:00Z
    double[] typical = new double[30];
    double[] volume = new double[30];
    for (int i = 0; i < 30; i++) {
      long time = start + i * HOUR;
      double high = 10 + i;
      double low = 8 + i;
      double close = 9 + i;
      typical[i] = (high + low + close) / 3;
      volume[i] = 1 + i % 4;
      vwap.update(time, 9 + i, high, low, close, volume[i]);
      // by hand: bars from the latest 22:00 UTC (hour 22 of day one) on belong to the new session
      int first = i >= 22 ? 22 : 0;
      double pv = 0;
      double v = 0;
      for (int j = first; j <= i; j++) {
        pv += typical[j] * volume[j];
        v += volume[j];
      }
      assertThat(vwap.value(0)).as("bar " + i).isCloseTo(pv / v, Offset.offset(1e-12));
    }
  }
}
