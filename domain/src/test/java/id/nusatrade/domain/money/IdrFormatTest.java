package id.nusatrade.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdrFormatTest {
  @ParameterizedTest
  @CsvSource({
    "0, Rp 0",
    "1000, Rp 1.000",
    "1234567, Rp 1.234.567",
    "299000, Rp 299.000",
    "-5000, -Rp 5.000"
  })
  void formatsWholeRupiahWithDotThousands(long rupiah, String expected) {
    assertThat(IdrFormat.format(Idr.of(rupiah))).isEqualTo(expected);
  }

  @Test
  void printsSenWithCommaOnlyWhenPresent() {
    assertThat(IdrFormat.format(Idr.parse("10000.05"))).isEqualTo("Rp 10.000,05");
    assertThat(IdrFormat.format(Idr.parse("10000.50"))).isEqualTo("Rp 10.000,50");
  }

  @Test
  void parsesMidtransGrossAmountExactly() {
    assertThat(Idr.parse("10000.00")).isEqualTo(Idr.of(10_000));
  }

  @Test
  void rejectsFractionsOfASen() {
    assertThatThrownBy(() -> Idr.parse("1.001")).isInstanceOf(IllegalArgumentException.class);
  }
}
