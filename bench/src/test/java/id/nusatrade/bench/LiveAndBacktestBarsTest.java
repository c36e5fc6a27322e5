package id.nusatrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.backtest.strategy.Columns;
import id.nusatrade.backtest.strategy.Series;
import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.TradingSession;
import id.nusatrade.domain.market.indicator.IndicatorStore;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.indicators.Indicator;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.ValidationConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The same ticks through the live gateway (a simulated EA over loopback, the gateway's ring, market
 * handler and storage handler, recorded as stored) and through the backtester (the ticks as a
 * series, resampled to each timeframe and run through its indicator columns) give the same bars and
 * the same indicator values, exactly: both run the market core's bar builder and indicator bank,
 * with the same trading session for D1 and H4.
 */
class LiveAndBacktestBarsTest {
  static final TenantId TENANT = TenantId.of("3c0b7f2e-5a4d-4e61-9b8c-7d2e1f0a9b35");
  static final String SYMBOL = "EURUSD";
  static final String SPEC = IndicatorSpecs.DEFAULT_SPEC;

  @Test
  void gatewayAndBacktestBuildIdenticalBarsAndIndicatorsFromTheSameTicks() throws Exception {
    // three days of ticks 1..40 s apart (a random walk), across FX session days and H4 bounds
    Random rnd = new Random(11);
    long t = Instant.parse("2024-03-04T00:00:00Z").toEpochMilli();
    int n = 20_000;
    long[] time = new long[n];
    double[] bid = new double[n];
    double[] ask = new double[n];
    double mid = 1.0850;
    for (int i = 0; i < n; i++) {
      t += 1_000 + rnd.nextInt(39_000);
      mid += rnd.nextGaussian() * 0.00008;
      time[i] = t;
      bid[i] = Math.round((mid - 0.00005) * 1e5) / 1e5;
      ask[i] = bid[i] + 0.0001;
    }
    Recorded live = throughTheGateway(time, bid, ask);
    GatewayConfig config = GatewayConfig.defaults();
    TradingSession session = config.sessions().of(SYMBOL);

    BarSeries ticks = ticksAsBars(time, bid, ask);
    for (Timeframe tf : Timeframe.values()) {
      BarSeries bt = ticks.atTimeframe(tf, session);
      List<Bar> liveBars = live.bars(tf);
      assertThat(liveBars).as("%s bars closed live", tf).isNotEmpty();
      // live closes a bar when a later tick arrives: all but the backtest's last bar
      assertThat(liveBars).as("%s bars", tf).isEqualTo(asBars(bt, bt.size() - 1, tf));
      Columns columns = new Columns(bt, IndicatorRegistry.standard());
      int compared = 0;
      for (String token : SPEC.split(",")) {
        Indicator indicator = IndicatorRegistry.standard().create(token);
        String[] names = indicator.names();
        for (int k = 0; k < names.length; k++) {
          double[] column = columns.column(new Series.IndicatorOutput(token, k, names[k]));
          Map<Long, Double> expected = new TreeMap<>();
          for (int i = 0; i < bt.size() - 1; i++) {
            if (!Double.isNaN(column[i])) {
              expected.put(bt.time()[i], column[i]);
            }
          }
          assertThat(live.values(tf, names[k])).as("%s %s", tf, names[k]).isEqualTo(expected);
          compared += expected.size();
        }
      }
      if (tf.millis() <= Timeframe.H1.millis()) {
        assertThat(compared).as("%s indicator values compared", tf).isPositive();
      }
    }
  }

  private static Recorded throughTheGateway(long[] time, double[] bid, double[] ask)
      throws Exception {
    Recorded store = new Recorded();
    var directory = new InMemoryTerminalDirectory().register(TENANT, 7001, "key-7001");
    GatewayConfig config =
        GatewayConfig.defaults()
            .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO))
            .withIndicators(IndicatorSpecs.of(SPEC));
    Gateway gateway = new Gateway(GatewayPorts.of(directory).withTickStore(store)).start(config);
    try (var ea =
        new SimulatedExpertAdvisor(
                EaSettings.of("127.0.0.1", gateway.port(), TENANT.toString(), 7001, "key-7001"))
            .start()) {
      long last = 0;
      for (int i = 0; i < time.length; i++) {
        last = ea.sendTick(SYMBOL, time[i], bid[i], ask[i], 0, 1, 6);
      }
      assertThat(ea.awaitAcked(last, Duration.ofSeconds(60))).isTrue();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (store.ticks() < time.length && System.nanoTime() < deadline) {
        Thread.sleep(10); // polling the storage thread, bounded by the deadline
      }
    } finally {
      gateway.stop();
    }
    assertThat(gateway.ticksAccepted()).isEqualTo(time.length);
    assertThat(store.ticks()).isEqualTo(time.length);
    return store;
  }

  /** Each tick as a one-price bar of volume 1 (its mid, as the gateway builds bars from). */
  private static BarSeries ticksAsBars(long[] time, double[] bid, double[] ask) {
    int n = time.length;
    double[] mid = new double[n];
    double[] one = new double[n];
    for (int i = 0; i < n; i++) {
      mid[i] = (bid[i] + ask[i]) * 0.5;
      one[i] = 1;
    }
    return new BarSeries(time.clone(), mid, mid.clone(), mid.clone(), mid.clone(), one);
  }

  private static List<Bar> asBars(BarSeries s, int count, Timeframe tf) {
    FeedId feed = new FeedId(TENANT, 7001, SYMBOL);
    List<Bar> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(
          new Bar(
              feed,
              tf,
              s.time()[i],
              s.open()[i],
              s.high()[i],
              s.low()[i],
              s.close()[i],
              (long) s.volume()[i]));
    }
    return out;
  }

  /** What the gateway's storage handler stores, kept in memory. */
  static final class Recorded implements TickStore, IndicatorStore {
    private final List<Bar> bars = Collections.synchronizedList(new ArrayList<>());
    private final List<IndicatorValue> values = Collections.synchronizedList(new ArrayList<>());
    private volatile long ticks;

    long ticks() {
      return ticks;
    }

    List<Bar> bars(Timeframe tf) {
      synchronized (bars) {
        return bars.stream().filter(b -> b.timeframe() == tf).toList();
      }
    }

    Map<Long, Double> values(Timeframe tf, String name) {
      Map<Long, Double> out = new TreeMap<>();
      synchronized (values) {
        values.stream()
            .filter(v -> v.timeframe() == tf && v.name().equals(name))
            .forEach(v -> out.put(v.timeMillis(), v.value()));
      }
      return out;
    }

    @Override
    public synchronized void appendTicks(List<Tick> batch) {
      ticks += batch.size();
    }

    @Override
    public void appendBars(List<Bar> batch) {
      bars.addAll(batch);
    }

    @Override
    public void appendIndicators(List<IndicatorValue> batch) {
      values.addAll(batch);
    }

    @Override
    public void flush() {}

    @Override
    public List<IndicatorValue> indicators(
        FeedId feed, Timeframe timeframe, String name, long fromMillis, long toMillis) {
      return List.of();
    }

    @Override
    public List<FeedId> feeds(TenantId tenant) {
      return List.of();
    }

    @Override
    public OptionalLong lastSequence(FeedId feed) {
      return OptionalLong.empty();
    }

    @Override
    public List<Tick> lastTicks(FeedId feed, int n) {
      return List.of();
    }

    @Override
    public List<Bar> ohlc(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
      return List.of();
    }

    @Override
    public List<Bar> bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
      return List.of();
    }

    @Override
    public List<Bar> lastBars(FeedId feed, Timeframe timeframe, int n) {
      return List.of();
    }
  }
}
