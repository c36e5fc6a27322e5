package id.nusatrade.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.money.Idr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxRateTest {
  @ParameterizedTest
  @CsvSource({
    // rate, base, tax (by hand, half-up to whole rupiah)
    "11, 299000, 32890",
    "11, 149500, 16445",
    "11, 5, 1", // 0,55 rounds up
    "11, 4, 0", // 0,44 rounds down
    "12, 299000, 35880",
    "0, 299000, 0",
  })
  void ppnIsRoundedHalfUpToWholeRupiah(String rate, long base, long tax) {
    assertThat(TaxRate.percent(rate).taxOn(Idr.of(base))).isEqualTo(Idr.of(tax));
  }

  @org.junit.jupiter.api.Test
  void aNonsenseRateIsRefusedWithTheReason() {
    assertThatThrownBy(() -> TaxRate.percent("eleven")).hasMessageContaining("percentage");
    assertThatThrownBy(() -> TaxRate.percent("11.125")).hasMessageContaining("at most 2 decimals");
    assertThat(TaxRate.percent("11.5").printed()).isEqualTo("11,5");
  }
}
