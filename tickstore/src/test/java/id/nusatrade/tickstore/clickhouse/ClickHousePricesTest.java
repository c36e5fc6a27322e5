package id.nusatrade.tickstore.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClickHousePricesTest {
  @Test
  void quotesBecomeTheirExactEightDecimalValue() {
    assertThat(ClickHousePrices.text(1.08604)).isEqualTo("1.08604000");
    assertThat(ClickHousePrices.text(2345.6)).isEqualTo("2345.60000000");
    assertThat(ClickHousePrices.text(0.00001234)).isEqualTo("0.00001234");
  }

  @Test
  void everyFiveDigitQuoteMapsBackToTheSameDouble() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 100_000; i++) {
      double quote = random.nextLong(1, 100_000_000_000L) / 100_000.0;
      BigDecimal stored = ClickHousePrices.decimal(quote);
      // what toFloat64(Decimal64(8)) computes on the server: units / 1e8
      assertThat(stored.unscaledValue().longValueExact() / 1e8).isEqualTo(quote);
      assertThat(stored).isEqualByComparingTo(new BigDecimal(Double.toString(quote)));
    }
  }

  @Test
  void valuesFinerThanEightDecimalsAreRounded() {
    assertThat(ClickHousePrices.text(1.0860400000000001)).isEqualTo("1.08604000");
    assertThat(ClickHousePrices.text(1.123456789)).isEqualTo("1.12345679");
    assertThat(ClickHousePrices.text(1e-9)).isEqualTo("0.00000000");
  }

  @Test
  void rejectsNonFinitePrices() {
    assertThatThrownBy(() -> ClickHousePrices.decimal(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
