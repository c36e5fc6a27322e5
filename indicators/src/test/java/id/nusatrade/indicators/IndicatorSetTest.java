package id.nusatrade.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorSetTest {
  static final String GATEWAY_SET =
      "sma:20,ema:20,rsi:14,macd:12:26:9,bbands:20:2,atr:14,stoch:14:3:3,adx:14,cci:20,willr:14,"
          + "obv,mfi:14,roc:10,mom:10";

  @Test
  void parsesTheGatewaySetIntoNamedColumns() {
    IndicatorSet set = IndicatorSet.parse(GATEWAY_SET);

    assertThat(set.columnNames())
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
            "atr_14",
            "stoch_k_14_3_3",
            "stoch_d_14_3_3",
            "adx_14",
            "cci_20",
            "willr_14",
            "obv",
            "mfi_14",
            "roc_10",
            "mom_10");
    assertThat(set.width()).isEqualTo(19);
    assertThat(set.lookback()).isEqualTo(33);
  }

  @Test
  void defaultsFillMissingParametersAndAppearInNames() {
    IndicatorSet set = IndicatorSet.parse(" RSI , t3:5 , sar, bbands:20:2.0 ");

    assertThat(set.columnNames())
        .containsExactly(
            "rsi_14",
            "t3_5_0.7",
            "sar_0.02_0.2",
            "bbands_upper_20_2",
            "bbands_middle_20_2",
            "bbands_lower_20_2");
  }

  @Test
  void valuesAreNanUntilEachIndicatorsLookbackThenDefined() {
    IndicatorSet set = IndicatorSet.parse("sma:3,obv");
    double[] row = new double[set.width()];
    Bars bars = Bars.apple();
    for (int i = 0; i < 3; i++) {
      set.update(
          bars.time()[i],
          bars.open()[i],
          bars.high()[i],
          bars.low()[i],
          bars.close()[i],
          bars.volume()[i]);
      set.values(row);
      assertThat(Double.isNaN(row[0])).isEqualTo(i < 2);
      assertThat(row[1]).isNotNaN();
    }
    assertThat(set.ready()).isTrue();
    assertThat(row[0])
        .isEqualTo((549.03 + 542.10 + 527.00) / 3, org.assertj.core.api.Assertions.within(1e-9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sma:20,foo:3 | Bad indicator token 'foo:3': unknown indicator 'foo'",
        "rsi:abc | Bad indicator token 'rsi:abc': parameter 'period' must be a number, got 'abc'",
        "rsi:1 | Bad indicator token 'rsi:1': parameter 'period' must be an integer from 2 to 100000, got '1'",
        "sma:20.5 | Bad indicator token 'sma:20.5': parameter 'period' must be an integer",
        "ema:20:3 | Bad indicator token 'ema:20:3': ema takes at most 1 parameter(s) [period]",
        "sma:20,,rsi:14 | Empty indicator token at position 2",
        "sma:20,sma:20 | Bad indicator token 'sma:20': duplicate column 'sma_20'",
        "bbands:20:-1 | parameter 'nbDev' must be a number from 0 to 100, got '-1'",
        "macd:12::9 | Bad indicator token 'macd:12::9': parameter 'slow' must be a number, got ''",
      })
  void rejectsBadSpecsNamingTheToken(String spec, String message) {
    assertThatThrownBy(() -> IndicatorSet.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void rejectsAnEmptySpec() {
    assertThatThrownBy(() -> IndicatorSet.parse("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Empty indicator spec");
  }

  @Test
  void failsFastOnANonFiniteBar() {
    IndicatorSet set = IndicatorSet.parse("sma:2");
    assertThatThrownBy(() -> set.update(5, 1, 1, 1, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-finite");
  }

  @Test
  void registryHoldsAtLeastFortyIndicators() {
    assertThat(IndicatorRegistry.standard().definitions()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void resetStartsOver() {
    IndicatorSet set = IndicatorSet.parse(GATEWAY_SET);
    Bars bars = Bars.apple();
    double[] first = feed(set, bars);
    set.reset();
    assertThat(feed(set, bars)).containsExactly(first);
  }

  private static double[] feed(IndicatorSet set, Bars b) {
    double[] row = new double[set.width()];
    for (int i = 0; i < b.size(); i++) {
      set.update(b.time()[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
    }
    set.values(row);
    return row;
  }
}
