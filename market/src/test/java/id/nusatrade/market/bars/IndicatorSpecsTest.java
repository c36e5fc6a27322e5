package id.nusatrade.market.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class IndicatorSpecsTest {
  static final TenantId A = TenantId.of("11111111-1111-1111-1111-111111111111");
  static final TenantId B = TenantId.of("22222222-2222-2222-2222-222222222222");

  @Test
  void aTenantWithoutItsOwnSpecGetsTheDefault() {
    IndicatorSpecs specs = IndicatorSpecs.defaults().withTenant(A, "sma:5,rsi:3");

    assertThat(specs.create(A).columnNames()).containsExactly("sma_5", "rsi_3");
    assertThat(specs.create(B).columnNames())
        .containsExactly(
            "sma_20",
            "ema_20",
            "rsi_14",
            "macd_12_26_9",
            "macd_signal_12_26_9",
            "macd_hist_12_26_9",
            "bbands_upper_20_2",
            "bbands_middle_20_2",
            "bbands_lower_20_2",
            "atr_14");
    assertThat(specs.maxWidth()).isEqualTo(10);
  }

  @Test
  void noneTurnsIndicatorsOffForATenant() {
    IndicatorSpecs specs = IndicatorSpecs.of("none").withTenant(A, "ema:3");

    assertThat(specs.create(B)).isNull();
    assertThat(specs.create(A).width()).isEqualTo(1);
    assertThat(specs.maxWidth()).isEqualTo(1);
  }

  @Test
  void aBadSpecFailsAtConfigurationTimeQuotingTheToken() {
    assertThatThrownBy(() -> IndicatorSpecs.defaults().withTenant(A, "sma:20,rsi:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rsi:1'");
    assertThatThrownBy(() -> IndicatorSpecs.of("nope:3")).hasMessageContaining("nope");
  }
}
