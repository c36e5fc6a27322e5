package id.nusatrade.market.bars;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BarAggregatorTest {

  private static final FeedId FEED = new FeedId(TenantId.of(UUID.randomUUID().toString()), 1, "X");

  @ParameterizedTest
  @EnumSource(Timeframe.class)
  void closedBarsMatchBarsComputedIndependentlyFromCalendarTruncation(Timeframe tf) {
    List<Bar> emitted = new ArrayList<>();
    BarAggregator agg =
        new BarAggregator(
            1,
            List.of(
                (s, t, open, o, h, l, c, v) -> {
                  if (t == tf) {
                    emitted.add(new Bar(FEED, t, open, o, h, l, c, v));
                  }
                }));
    Random rnd = new Random(7);
    long time = Instant.parse("2024-03-04T00:00:00Z").toEpochMilli();
    List<long[]> times = new ArrayList<>();
    List<Double> prices = new ArrayList<>();
    double p = 100;
    for (int i = 0; i < 20_000; i++) {
      time += 1 + rnd.nextInt(60_000);
      p += rnd.nextGaussian() * 0.1;
      agg.onTick(0, time, p);
      times.add(new long[] {time});
      prices.add(p);
    }
    assertThat(emitted).isEqualTo(expected(tf, times, prices));
  }

  @org.junit.jupiter.api.Test
  void fxDailyBarsOpenAtTheNewYorkCloseAcrossTheDaylightSavingChange() {
    List<Long> d1Opens = new ArrayList<>();
    List<Long> h4Opens = new ArrayList<>();
    BarAggregator agg =
        new BarAggregator(
            1,
            List.of(
                (s, t, open, o, h, l, c, v) -> {
                  if (t == Timeframe.D1) {
                    d1Opens.add(open);
                  } else if (t == Timeframe.H4) {
                    h4Opens.add(open);
                  }
                }),
            s -> id.nusatrade.domain.market.TradingSession.FX);
    long start = Instant.parse("2026-03-04T00:00:00Z").toEpochMilli();
    List<Long> expected = new ArrayList<>();
    java.time.ZoneId ny = java.time.ZoneId.of("America/New_York");
    for (long t = start; t < start + 8 * 86_400_000L; t += 600_000) { // every 10 minutes
      agg.onTick(0, t, 1.1);
      // reference: the New York wall-clock date of (local time - 17 h), opened at 17:00 there
      java.time.LocalDate day =
          Instant.ofEpochMilli(t).atZone(ny).toLocalDateTime().minusHours(17).toLocalDate();
      long open = day.atTime(17, 0).atZone(ny).toInstant().toEpochMilli();
      if (expected.isEmpty() || expected.getLast() != open) {
        expected.add(open);
      }
    }
    expected.removeLast(); // still open

    assertThat(d1Opens).isEqualTo(expected);
    assertThat(d1Opens)
        .contains(
            Instant.parse("2026-03-06T22:00:00Z").toEpochMilli(), // Friday 17:00 EST
            Instant.parse("2026-03-08T21:00:00Z").toEpochMilli()); // Sunday 17:00 EDT
    // H4 counts from the session open: 22:00, 02:00, 06:00 ... UTC in winter
    assertThat(h4Opens)
        .contains(
            Instant.parse("2026-03-04T22:00:00Z").toEpochMilli(),
            Instant.parse("2026-03-05T02:00:00Z").toEpochMilli())
        .doesNotContain(Instant.parse("2026-03-05T00:00:00Z").toEpochMilli());
  }

  /** Independent reference: bucket by java.time truncation, drop the still-open last bucket. */
  private static List<Bar> expected(Timeframe tf, List<long[]> times, List<Double> prices) {
    Map<Long, List<Double>> buckets = new TreeMap<>();
    for (int i = 0; i < times.size(); i++) {
      buckets
          .computeIfAbsent(bucket(tf, times.get(i)[0]), k -> new ArrayList<>())
          .add(prices.get(i));
    }
    List<Bar> bars = new ArrayList<>();
    buckets.forEach(
        (open, ps) ->
            bars.add(
                new Bar(
                    FEED,
                    tf,
                    open,
                    ps.getFirst(),
                    ps.stream().mapToDouble(d -> d).max().orElseThrow(),
                    ps.stream().mapToDouble(d -> d).min().orElseThrow(),
                    ps.getLast(),
                    ps.size())));
    bars.removeLast();
    return bars;
  }

  private static long bucket(Timeframe tf, long millis) {
    ZonedDateTime t = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC);
    ZonedDateTime b =
        switch (tf) {
          case M1 -> t.truncatedTo(ChronoUnit.MINUTES);
          case M5 -> t.truncatedTo(ChronoUnit.HOURS).plusMinutes(t.getMinute() / 5 * 5);
          case M15 -> t.truncatedTo(ChronoUnit.HOURS).plusMinutes(t.getMinute() / 15 * 15);
          case H1 -> t.truncatedTo(ChronoUnit.HOURS);
          case H4 -> t.truncatedTo(ChronoUnit.DAYS).plusHours(t.getHour() / 4 * 4);
          case D1 -> t.truncatedTo(ChronoUnit.DAYS);
        };
    return b.toInstant().toEpochMilli();
  }
}
