package id.nusatrade.signals.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FeaturePipelineTest {
  // 2024-01-01T00:00:00Z (a Monday) = 07:00 WIB
  private static final long T0 = 1_704_067_200_000L;
  private static final double[] CLOSES = {10, 11, 12, 11, 13};

  private static FeaturePipeline feed(String spec, int bars) {
    FeaturePipeline p = new FeaturePipeline(new FeatureSpec(spec));
    for (int i = 0; i < bars; i++) {
      double c = CLOSES[i];
      p.push(T0 + i * 3_600_000L, c - 0.5, c + 1, c - 1, c, 100 * (i + 1));
    }
    return p;
  }

  @Test
  void returnsAndVolatilityMatchHandComputation() {
    FeaturePipeline p = feed("ret:1,ret:3,vol:3", 5);
    double r1 = Math.log(13.0 / 11);
    double r2 = Math.log(11.0 / 12);
    double r3 = Math.log(12.0 / 11);
    double mean = (r1 + r2 + r3) / 3;
    double sd =
        Math.sqrt(
            ((r1 - mean) * (r1 - mean) + (r2 - mean) * (r2 - mean) + (r3 - mean) * (r3 - mean))
                / 2);
    assertThat(p.names()).containsExactly("ret_1", "ret_3", "vol_3");
    assertThat(p.values()[0]).isCloseTo(r1, within(1e-12));
    assertThat(p.values()[1]).isCloseTo(Math.log(13.0 / 11), within(1e-12));
    assertThat(p.values()[2]).isCloseTo(sd, within(1e-12));
  }

  @Test
  void warmUpIsExplicitAndValuesAreDefinedExactlyAfterIt() {
    FeaturePipeline p = new FeaturePipeline(new FeatureSpec("ret:3,dist:sma:2"));
    assertThat(p.warmUp()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      p.push(T0 + i, CLOSES[i], CLOSES[i], CLOSES[i], CLOSES[i], 1);
      assertThat(p.ready()).isFalse();
    }
    p.push(T0 + 3, 11, 11, 11, 11, 1);
    assertThat(p.ready()).isTrue();
    assertThat(p.values()).doesNotContain(Double.NaN);
    assertThat(p.values()[1]).isCloseTo((12 + 11) / 2.0 / 11 - 1, within(1e-12));
  }

  @Test
  void candleAndTimeFeaturesInTheConfiguredZone() {
    FeaturePipeline p = feed("range,body,tod:Asia/Jakarta,dow:Asia/Jakarta", 2);
    // second bar: 01:00Z = 08:00 WIB on Monday; close 11, open 10.5, high 12, low 10
    assertThat(p.values()[0]).isCloseTo(2.0 / 11, within(1e-12));
    assertThat(p.values()[1]).isCloseTo(0.5 / 11, within(1e-12));
    assertThat(p.values()[2]).isEqualTo(8.0);
    assertThat(p.values()[3]).isCloseTo(Math.sin(2 * Math.PI * 8 / 24), within(1e-12));
    assertThat(p.values()[4]).isCloseTo(Math.cos(2 * Math.PI * 8 / 24), within(1e-12));
    assertThat(p.values()[5]).isEqualTo(1.0);
  }

  @Test
  void crossIsPlusOneOnlyOnTheBarTheFastAverageCrossesAbove() {
    FeaturePipeline p = new FeaturePipeline(new FeatureSpec("cross:sma:2/sma:3"));
    double[] closes = {10, 9, 8, 7, 12, 13};
    double[] cross = new double[closes.length];
    for (int i = 0; i < closes.length; i++) {
      p.push(T0 + i, closes[i], closes[i], closes[i], closes[i], 1);
      cross[i] = p.values()[0];
    }
    // sma2/sma3: bar 3 7.5/8 (below), bar 4 9.5/9 (above): crosses on bar 4 only
    assertThat(cross[3]).isEqualTo(0);
    assertThat(cross[4]).isEqualTo(1);
    assertThat(cross[5]).isEqualTo(0);
    assertThat(p.values()[1]).isEqualTo(1);
  }

  @Test
  void theDefaultSetIsDefinedAfterItsWarmUp() {
    FeaturePipeline p = new FeaturePipeline(FeatureSpec.defaults());
    java.util.Random random = new java.util.Random(3);
    double c = 100;
    for (int i = 0; i <= p.warmUp(); i++) {
      c *= Math.exp(0.01 * random.nextGaussian());
      p.push(T0 + i * 60_000L, c, c * 1.001, c * 0.999, c, 10 + random.nextInt(10));
    }
    assertThat(p.ready()).isTrue();
    assertThat(java.util.Arrays.stream(p.values()).allMatch(Double::isFinite)).isTrue();
    assertThat(p.width()).isEqualTo(p.names().size()).isGreaterThan(20);
  }

  @Test
  void badTokensAreNamed() {
    assertThatThrownBy(() -> new FeatureSpec("ret:0")).hasMessageContaining("'ret:0'");
    assertThatThrownBy(() -> new FeatureSpec("tod:Mars/Olympus"))
        .hasMessageContaining("unknown time zone 'Mars/Olympus'");
    assertThatThrownBy(() -> new FeatureSpec("foo:3"))
        .hasMessageContaining("unknown indicator 'foo'");
    assertThatThrownBy(() -> new FeatureSpec("cross:sma:3")).hasMessageContaining("two indicator");
    assertThatThrownBy(() -> new FeaturePipeline(new FeatureSpec("ret:1,ret:1")))
        .hasMessageContaining("repeats");
  }
}
