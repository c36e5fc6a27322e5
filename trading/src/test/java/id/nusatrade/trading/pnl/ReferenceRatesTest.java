package id.nusatrade.trading.pnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceRatesTest {
  @Test
  void ratesAreReadAsExactDecimalsAndNothingConfiguredIsEmpty() {
    assertThat(ReferenceRates.parse(" USD=16250.5 , EUR=17500").get("USD"))
        .isEqualByComparingTo("16250.5");
    assertThat(ReferenceRates.parse("")).isEmpty();
  }

  @Test
  void aMalformedEntryIsNamed() {
    assertThatThrownBy(() -> ReferenceRates.parse("USD=16250,usd:1"))
        .hasMessageContaining("'usd:1'");
    assertThatThrownBy(() -> ReferenceRates.parse("USD=-1"))
        .hasMessageContaining("USD must be > 0");
  }

  @Test
  void theQuoteCurrencyIsTheLastThreeLettersOfASixLetterSymbol() {
    assertThat(QuoteCurrency.of("XAUUSD")).isEqualTo("USD");
    assertThat(QuoteCurrency.of("USDJPY")).isEqualTo("JPY");
    assertThat(QuoteCurrency.of("US500")).isNull();
    assertThat(QuoteCurrency.of("EURUSD.m")).isNull();
  }
}
