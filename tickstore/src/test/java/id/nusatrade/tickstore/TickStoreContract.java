package id.nusatrade.tickstore;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.TradingSession;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The behaviour every market-data adapter must show, run by each adapter's IT against its real
 * database. Ticks span midnight UTC so two daily partitions are involved.
 */
public abstract class TickStoreContract {
  protected static final TenantId TENANT_A = TenantId.of("11111111-1111-1111-1111-111111111111");
  protected static final TenantId TENANT_B = TenantId.of("22222222-2222-2222-2222-222222222222");
  private static final String SYMBOL = "EURUSD";
  private static final FeedId FEED = new FeedId(TENANT_A, 80001, SYMBOL);
  private static final FeedId OTHER_FEED = new FeedId(TENANT_A, 80001, "GBPUSD");

  /** Tenant B's terminal streams the same symbol from another broker, 0.2 higher. */
  private static final FeedId B_FEED = new FeedId(TENANT_B, 90001, SYMBOL);

  private static final long START = Instant.parse("2024-03-04T22:30:00Z").toEpochMilli();
  private static final long DAY_TWO = Instant.parse("2024-03-05T00:00:00Z").toEpochMilli();
  private static final List<Tick> TICKS = MarketTicks.walk(FEED, START, 3_000, 42);
  private static final List<Tick> OTHER_SYMBOL = MarketTicks.walk(OTHER_FEED, START, 500, 7);
  private static final List<Tick> B_TICKS = MarketTicks.walk(B_FEED, START, 1_000, 9, 128_500);

  /**
   * Quotes and OHLC must match exactly. Stored bar and indicator values are arbitrary computed
   * doubles, and ClickHouse 18.16 parses Float64 text to within one ulp rather than exactly, so
   * those compare to within an ulp.
   */
  private static final RecursiveComparisonConfiguration WITHIN_AN_ULP =
      RecursiveComparisonConfiguration.builder()
          .withComparatorForType(
              (Double a, Double b) ->
                  Math.abs(a - b) <= Math.ulp(Math.max(Math.abs(a), Math.abs(b)))
                      ? 0
                      : Double.compare(a, b),
              Double.class)
          .build();

  private MarketDataStore store;

  /** Drop or truncate everything the adapter stores. */
  protected abstract void emptyTables();

  /** A new adapter on the emptied tables, sending at most {@code chunkRows} rows per request. */
  protected abstract MarketDataStore newStore(int chunkRows);

  @BeforeEach
  void emptyStore() {
    emptyTables();
    store = newStore(1_000);
  }

  @Test
  void fixtureSpansTwoUtcDays() {
    assertThat(TICKS.getFirst().timeMillis()).isLessThan(DAY_TWO);
    assertThat(TICKS.getLast().timeMillis()).isGreaterThan(DAY_TWO);
  }

  @Test
  void lastTicksAreTheNewestNOldestFirstAcrossTwoDays() {
    appendInSlicesAndFlush(store);

    assertThat(store.lastTicks(FEED, 25)).containsExactlyElementsOf(newest(TICKS, 25));
    assertThat(store.lastTicks(FEED, 2_000)).containsExactlyElementsOf(newest(TICKS, 2_000));
    assertThat(store.lastTicks(OTHER_FEED, 10)).containsExactlyElementsOf(newest(OTHER_SYMBOL, 10));
  }

  @Test
  void lastTicksReturnsAllWhenFewerAreStoredAndNoneForAnUnknownSymbol() {
    appendInSlicesAndFlush(store);

    assertThat(store.lastTicks(FEED, 10_000)).containsExactlyElementsOf(TICKS);
    assertThat(store.lastTicks(new FeedId(TENANT_A, 80001, "USDJPY"), 10)).isEmpty();
  }

  @Test
  void appendsAreWrittenOnlyAtFlush() {
    store.appendTicks(TICKS.subList(0, 100));
    assertThat(store.lastTicks(FEED, 10)).isEmpty();

    store.flush();
    assertThat(store.lastTicks(FEED, 10)).containsExactlyElementsOf(TICKS.subList(90, 100));
  }

  @Test
  void flushesInSmallChunksWriteEveryRowOnce() {
    MarketDataStore chunked = newStore(7);
    appendInSlicesAndFlush(chunked);
    chunked.flush(); // nothing buffered: must not write again

    assertThat(chunked.lastTicks(FEED, 10_000)).containsExactlyElementsOf(TICKS);
  }

  @ParameterizedTest
  @EnumSource(names = {"M1", "M5"})
  void ohlcEqualsBarsComputedIndependentlyFromTheSameTicks(Timeframe tf) {
    appendInSlicesAndFlush(store);
    long from = tf.openTimeOf(START);
    long to = TICKS.getLast().timeMillis() + tf.millis();

    List<Bar> expected = ReferenceBars.of(TICKS, tf, from, to);
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(store.ohlc(FEED, tf, from, to)).containsExactlyElementsOf(expected);
  }

  /**
   * The fixture starts 22:30 UTC on 2024-03-04 (EST: the FX day opened 22:00 UTC) and runs past
   * midnight: one FX day and one H4 bar from 22:00 UTC, where UTC alignment makes two of each.
   */
  @ParameterizedTest
  @EnumSource(names = {"D1", "H4"})
  void sessionOhlcOpensDailyAndFourHourBarsAtTheFxSessionNotAtUtcMidnight(Timeframe tf) {
    appendInSlicesAndFlush(store);
    long fxOpen = Instant.parse("2024-03-04T22:00:00Z").toEpochMilli();
    long to = fxOpen + tf.millis();

    List<Bar> expected = ReferenceBars.of(TICKS, tf, fxOpen, to, 22 * 3_600_000L);
    assertThat(expected).singleElement().extracting(Bar::openTimeMillis).isEqualTo(fxOpen);
    assertThat(store.ohlc(FEED, tf, fxOpen, to, TradingSession.FX))
        .containsExactlyElementsOf(expected);
    assertThat(store.ohlc(FEED, tf, fxOpen, to)).as("UTC-aligned").hasSize(2);
  }

  @Test
  void ohlcOfAnUnalignedRangeUsesOnlyTheTicksInsideIt() {
    appendInSlicesAndFlush(store);
    long from = TICKS.get(700).timeMillis() + 1;
    long to = TICKS.get(2_300).timeMillis();

    assertThat(store.ohlc(FEED, Timeframe.M5, from, to))
        .containsExactlyElementsOf(ReferenceBars.of(TICKS, Timeframe.M5, from, to));
  }

  @Test
  void barsRoundTripAndAResentBarReplacesTheStoredOne() {
    List<Bar> m5 = ReferenceBars.of(TICKS, Timeframe.M5, 0, Long.MAX_VALUE);
    List<Bar> m1 = ReferenceBars.of(TICKS, Timeframe.M1, 0, Long.MAX_VALUE);
    store.appendBars(m5);
    store.appendBars(m1);
    store.flush();
    Bar corrected = withClose(m5.get(3), 2.5);
    store.appendBars(List.of(corrected));
    store.flush();

    List<Bar> expected = new ArrayList<>(m5);
    expected.set(3, corrected);
    assertThat(store.bars(FEED, Timeframe.M5, 0, Long.MAX_VALUE))
        .containsExactlyElementsOf(expected);
    long from = m1.get(10).openTimeMillis();
    long to = m1.get(20).openTimeMillis();
    assertThat(store.bars(FEED, Timeframe.M1, from, to))
        .containsExactlyElementsOf(m1.subList(10, 20));
    assertThat(store.bars(OTHER_FEED, Timeframe.M5, 0, Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void indicatorValuesRoundTripPerNameAndTimeframe() {
    List<IndicatorValue> rsi = new ArrayList<>();
    List<IndicatorValue> sma = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      long time = START + i * Timeframe.M5.millis();
      rsi.add(new IndicatorValue(FEED, Timeframe.M5, time, "rsi_14", 30 + i * 0.7));
      sma.add(new IndicatorValue(FEED, Timeframe.M5, time, "sma_20", 1.08 + i * 1e-5));
    }
    store.appendIndicators(rsi);
    store.appendIndicators(sma);
    store.appendIndicators(List.of(new IndicatorValue(FEED, Timeframe.M1, START, "rsi_14", 1)));
    store.flush();

    assertThat(store.indicators(FEED, Timeframe.M5, "rsi_14", 0, Long.MAX_VALUE))
        .usingRecursiveFieldByFieldElementComparator(WITHIN_AN_ULP)
        .containsExactlyElementsOf(rsi);
    long from = sma.get(5).timeMillis();
    long to = sma.get(9).timeMillis();
    assertThat(store.indicators(FEED, Timeframe.M5, "sma_20", from, to))
        .usingRecursiveFieldByFieldElementComparator(WITHIN_AN_ULP)
        .containsExactlyElementsOf(sma.subList(5, 9));
  }

  @Test
  void lastBarsAreTheNewestNOldestFirst() {
    List<Bar> m1 = ReferenceBars.of(TICKS, Timeframe.M1, 0, Long.MAX_VALUE);
    store.appendBars(m1);
    store.flush();

    assertThat(store.lastBars(FEED, Timeframe.M1, 5))
        .containsExactlyElementsOf(m1.subList(m1.size() - 5, m1.size()));
    assertThat(store.lastBars(FEED, Timeframe.M5, 5)).isEmpty();
  }

  @Test
  void storingTheSameTicksAgainAddsNothing() {
    appendInSlicesAndFlush(store);
    store.appendTicks(TICKS.subList(2_000, 3_000)); // a catch-up overlapping what is stored
    store.flush();

    assertThat(store.lastTicks(FEED, 10_000)).containsExactlyElementsOf(TICKS);
    assertThat(store.lastSequence(FEED)).hasValue(TICKS.getLast().seq());
    assertThat(store.lastSequence(B_FEED)).isEmpty();
  }

  @Test
  void twoTenantsStreamingTheSameSymbolEachReadOnlyTheirOwnFeed() {
    appendInSlicesAndFlush(store);
    store.appendTicks(B_TICKS);
    List<Bar> aBars = ReferenceBars.of(TICKS, Timeframe.M1, 0, Long.MAX_VALUE);
    List<Bar> bBars = ReferenceBars.of(B_TICKS, Timeframe.M1, 0, Long.MAX_VALUE);
    store.appendBars(aBars);
    store.appendBars(bBars);
    store.appendIndicators(List.of(new IndicatorValue(FEED, Timeframe.M1, START, "sma_20", 1.08)));
    store.appendIndicators(
        List.of(new IndicatorValue(B_FEED, Timeframe.M1, START, "sma_20", 1.28)));
    store.flush();

    assertThat(store.feeds(TENANT_A)).containsExactly(FEED, OTHER_FEED);
    assertThat(store.feeds(TENANT_B)).containsExactly(B_FEED);
    assertThat(store.lastTicks(FEED, 10_000)).containsExactlyElementsOf(TICKS);
    assertThat(store.lastTicks(B_FEED, 10_000)).containsExactlyElementsOf(B_TICKS);
    assertThat(store.bars(FEED, Timeframe.M1, 0, Long.MAX_VALUE)).isEqualTo(aBars);
    assertThat(store.lastBars(B_FEED, Timeframe.M1, 10_000)).isEqualTo(bBars);
    assertThat(store.ohlc(B_FEED, Timeframe.M5, 0, Long.MAX_VALUE))
        .isEqualTo(ReferenceBars.of(B_TICKS, Timeframe.M5, 0, Long.MAX_VALUE));
    assertThat(store.indicators(FEED, Timeframe.M1, "sma_20", 0, Long.MAX_VALUE))
        .extracting(IndicatorValue::value)
        .containsExactly(1.08);
    assertThat(store.indicators(B_FEED, Timeframe.M1, "sma_20", 0, Long.MAX_VALUE))
        .extracting(IndicatorValue::value)
        .containsExactly(1.28);
    // another tenant's account number does not open its feed
    assertThat(store.lastTicks(new FeedId(TENANT_A, 90001, SYMBOL), 10)).isEmpty();
  }

  private static void appendInSlicesAndFlush(MarketDataStore target) {
    for (int start = 0; start < TICKS.size(); start += 250) {
      target.appendTicks(TICKS.subList(start, Math.min(TICKS.size(), start + 250)));
      if (start / 250 < OTHER_SYMBOL.size() / 100) {
        target.appendTicks(OTHER_SYMBOL.subList(start / 250 * 100, start / 250 * 100 + 100));
      }
    }
    target.flush();
  }

  private static List<Tick> newest(List<Tick> ticks, int n) {
    return ticks.subList(ticks.size() - n, ticks.size());
  }

  private static Bar withClose(Bar bar, double close) {
    return new Bar(
        bar.feed(),
        bar.timeframe(),
        bar.openTimeMillis(),
        bar.open(),
        Math.max(bar.high(), close),
        bar.low(),
        close,
        bar.tickVolume());
  }
}
