package id.nusatrade.market;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.market.bars.BarAggregator;
import id.nusatrade.market.validation.RejectReason;
import id.nusatrade.market.validation.TickValidator;
import id.nusatrade.market.validation.ValidationConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketCoreTest {
  static final long T0 = Instant.parse("2024-03-04T10:00:00Z").toEpochMilli();

  @Test
  void acceptedTicksBuildBarsFromTheMidAndRejectedOnesNever() {
    List<double[]> m1 = new ArrayList<>();
    BarAggregator bars =
        new BarAggregator(
            1,
            List.of(
                (s, tf, open, o, h, l, c, v) -> {
                  if (tf == Timeframe.M1) {
                    m1.add(new double[] {o, h, l, c, v});
                  }
                }));
    Clock clock = Clock.fixed(Instant.ofEpochMilli(T0 + 120_000), ZoneOffset.UTC);
    MarketCore core =
        new MarketCore(
            new TickValidator(
                ValidationConfig.defaults().withMaxTickAge(Duration.ofSeconds(90)), clock, 1),
            bars);
    assertThat(core.onTick(0, T0 + 60_000, 1.1000, 1.1002, 0, 1)).isZero();
    assertThat(core.onTick(0, T0 + 61_000, 1.1010, 1.1000, 0, 1))
        .isEqualTo(RejectReason.CROSSED_QUOTE.code());
    assertThat(core.onTick(0, T0 + 62_000, 1.1004, 1.1006, 0, 1)).isZero();
    // 100 s old against the clock: stale
    assertThat(core.onTick(0, T0 + 20_000, 1.1, 1.1002, 0, 1)).isEqualTo(RejectReason.STALE.code());
    // on the sender's timeline: 100 s older than its newest tick is stale, 59 s newer is accepted
    assertThat(core.onTickInStream(0, T0 + 120_000, T0 + 20_000, 1.1, 1.1002, 0, 1))
        .isEqualTo(RejectReason.STALE.code());
    assertThat(core.onTickInStream(0, T0 + 62_000, T0 + 121_000, 1.0996, 1.0998, 0, 1)).isZero();
    // mids 1.1001 and 1.1005 in minute 1, closed by the tick of minute 2
    assertThat(m1).hasSize(1);
    assertThat(m1.getFirst()[0]).isEqualTo((1.1000 + 1.1002) * 0.5);
    assertThat(m1.getFirst()[1]).isEqualTo((1.1004 + 1.1006) * 0.5);
    assertThat(m1.getFirst()[2]).isEqualTo((1.1000 + 1.1002) * 0.5);
    assertThat(m1.getFirst()[4]).isEqualTo(2);
  }
}
