package id.nusatrade.compliance.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  // Expected values decoded by hand: digits 7-8 day (+40 for women), 9-10 month, 11-12 year.
  @ParameterizedTest
  @CsvSource({
    "3174054107900003, 1990-07-01, FEMALE",
    "3273011508850001, 1985-08-15, MALE",
    "5171016212050002, 2005-12-22, FEMALE",
    "1101010101000001, 2000-01-01, MALE",
    "9401013112260001, 1926-12-31, MALE"
  })
  void decodesBirthDateAndSex(String nik, LocalDate birthDate, Sex sex) {
    Nik parsed = Nik.parse(nik);

    assertThat(parsed.birthDate(TODAY)).isEqualTo(birthDate);
    assertThat(parsed.sex()).isEqualTo(sex);
  }

  @ParameterizedTest
  @CsvSource({
    "317405410790000, 16 digits",
    "31740541079000031, 16 digits",
    "31740541079O0003, 16 digits",
    "9974054107900003, province code 99",
    "3174054107900000, serial number 0000",
    "3174053507900003, day of birth 35",
    "3174057507900003, day of birth 75",
    "3174050007900003, day of birth 0"
  })
  void refusesMalformedNumbersNamingTheField(String nik, String why) {
    assertThatThrownBy(() -> Nik.parse(nik))
        .isInstanceOf(InvalidIdentityException.class)
        .hasMessageContaining(why)
        .satisfies(e -> assertThat(((InvalidIdentityException) e).field()).isEqualTo("nik"));
  }

  @ParameterizedTest
  @CsvSource({"3174053102900003", "3174057002900003", "3174053104900003", "3174052902010003"})
  void refusesAnEncodedDateThatDoesNotExist(String nik) {
    // 31 Feb, 30 Feb (woman), 31 Apr, 29 Feb 2001 (not a leap year)
    assertThatThrownBy(() -> Nik.parse(nik).birthDate(TODAY))
        .isInstanceOf(InvalidIdentityException.class)
        .hasMessageContaining("impossible");
  }

  @org.junit.jupiter.api.Test
  void printsMaskedSoLogsNeverHoldTheBirthDate() {
    assertThat(Nik.parse("3174054107900003")).hasToString("317405******0003");
  }
}
