package id.nusatrade.compliance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.compliance.kyc.InvalidIdentityException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationTest {
  @Test
  void aWellFormedRegistrationPasses() {
    assertThat(valid().validate()).isEqualTo(LocalDate.of(1990, 7, 1));
  }

  @ParameterizedTest(name = "{0}={1} -> 422 naming {0}")
  @CsvSource({
    "nik, 317405410790000",
    "nik, 3174O54107900003",
    "dateOfBirth, 1990-02-30",
    "dateOfBirth, 01-07-1990",
    "email, siti.example.id",
    "username, S",
    "phone, 12ab"
  })
  void aWrongFieldIsNamed(String field, String value) {
    Registration wrong =
        new Registration(
            "Siti Rahayu",
            field.equals("email") ? value : "siti@example.id",
            field.equals("phone") ? value : "+628123456789",
            field.equals("nik") ? value : "3174054107900003",
            field.equals("dateOfBirth") ? value : "1990-07-01",
            field.equals("username") ? value : "siti");

    assertThatThrownBy(wrong::validate)
        .isInstanceOf(InvalidIdentityException.class)
        .extracting(e -> ((InvalidIdentityException) e).field())
        .isEqualTo(field);
  }

  private static Registration valid() {
    return new Registration(
        "Siti Rahayu",
        "siti@example.id",
        "+628123456789",
        "3174054107900003",
        "1990-07-01",
        "siti");
  }
}
