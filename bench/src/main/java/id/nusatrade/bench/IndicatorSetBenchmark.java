package id.nusatrade.bench;

import id.nusatrade.indicators.IndicatorSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = one closed bar through the gateway's indicator set (14 indicators, 19 outputs),
 * reading every output afterwards: our incremental set against ta4j adding the bar to its series
 * and asking each indicator for {@code getValue(endIndex)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IndicatorSetBenchmark {
  static final String SPEC =
      "sma:20,ema:20,rsi:14,macd:12:26:9,bbands:20:2,atr:14,stoch:14:3:3,adx:14,cci:20,willr:14,"
          + "obv,mfi:14,roc:10,mom:10";
  static final int BARS = 100_000;
  static final long DAY = 86_400_000L;

  /** Our indicator set and the bar cursor. */
  @State(Scope.Thread)
  public static class Nusatrade {
    AppleSeries bars;
    IndicatorSet set;
    double[] row;
    int next;
    long time;

    @Setup(Level.Trial)
    public void setUp() {
      bars = AppleSeries.of(BARS);
      set = IndicatorSet.parse(SPEC);
      row = new double[set.width()];
    }
  }

  /** ta4j's series with the same indicators. */
  @State(Scope.Thread)
  public static class Ta4j {
    AppleSeries bars;
    Ta4jIndicatorSet set;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      bars = AppleSeries.of(BARS);
      set = new Ta4jIndicatorSet();
    }
  }

  @Benchmark
  public void nusatradeIndicatorSet(Nusatrade s, Blackhole bh) {
    int i = s.next;
    s.next = i + 1 == BARS ? 0 : i + 1;
    s.time += DAY;
    AppleSeries b = s.bars;
    s.set.update(s.time, b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]);
    s.set.values(s.row);
    bh.consume(s.row);
  }

  @Benchmark
  public void ta4jIncremental(Ta4j s, Blackhole bh) {
    int i = s.next;
    s.next = i + 1 == BARS ? 0 : i + 1;
    AppleSeries b = s.bars;
    s.set.add(b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i], bh);
  }
}
