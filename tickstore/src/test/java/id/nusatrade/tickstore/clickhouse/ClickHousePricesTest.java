package id.nusatrade.tickstore.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClickHousePricesTest {
  @Test
  void quotesKeepJavasShortestText() {
    assertThat(ClickHousePrices.text(1.08604)).isEqualTo("1.08604");
    assertThat(ClickHousePrices.text(2345.6)).isEqualTo("2345.6");
    assertThat(ClickHousePrices.text(150.123)).isEqualTo("150.123");
  }

  @Test
  void scientificAndOverlongValuesAreRoundedToEightDecimals() {
    assertThat(ClickHousePrices.text(0.00001234)).isEqualTo("0.00001234");
    assertThat(ClickHousePrices.text(1.0860400000000001)).isEqualTo("1.08604000");
    assertThat(ClickHousePrices.text(1e-9)).isEqualTo("0.00000000");
    assertThat(ClickHousePrices.text(123456789.0)).isEqualTo("123456789.00000000");
  }

  @Test
  void driverParameterPrintsAsTheDecimalText() {
    assertThat(String.valueOf(ClickHousePrices.parameter(1.08604))).isEqualTo("1.08604");
  }

  @Test
  void rejectsNonFinitePrices() {
    assertThatThrownBy(() -> ClickHousePrices.text(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
