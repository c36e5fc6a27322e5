package id.nusatrade.compliance.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdentityCheckTest {
  private final IdentityCheck check =
      new IdentityCheck(Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC));

  @Test
  void anAdultWhoseNikMatchesTheDeclaredDateIsPlausible() {
    IdentityCheck.Verdict verdict = check.check("3174054107900003", "1990-07-01");

    assertThat(verdict.sex()).isEqualTo(Sex.FEMALE);
    assertThat(verdict.age()).isEqualTo(36);
    assertThat(verdict.minor()).isFalse();
  }

  @Test
  void aNikEncodingAnotherBirthDateIsRefusedNamingTheNik() {
    assertThatThrownBy(() -> check.check("3174054107900003", "1990-07-02"))
        .isInstanceOf(InvalidIdentityException.class)
        .hasMessageContaining("encodes birth date 1990-07-01")
        .extracting(e -> ((InvalidIdentityException) e).field())
        .isEqualTo("nik");
  }

  @Test
  void anImpossibleDeclaredDateIsRefusedNamingTheDate() {
    assertThatThrownBy(() -> check.check("3174054107900003", "1990-02-30"))
        .extracting(e -> ((InvalidIdentityException) e).field())
        .isEqualTo("dateOfBirth");
  }

  @Test
  void seventeenIsTheMinimumAgeCountedToTheDay() {
    // born 2009-12-04: 16 until tomorrow; born 2009-12-03: 17 today
    assertThatThrownBy(() -> check.check("3273010412090001", "2009-12-04"))
        .hasMessageContaining("at least 17 (is 16)");
    IdentityCheck.Verdict seventeen = check.check("3273010312090001", "2009-12-03");
    assertThat(seventeen.age()).isEqualTo(17);
    assertThat(seventeen.minor()).isTrue();
  }

  @Test
  void twentyOneIsOfAgeUnderCivilLaw() {
    assertThat(check.check("3273010312050001", "2005-12-03").minor()).isFalse();
    assertThat(check.check("3273010412050001", "2005-12-04").minor()).isTrue();
  }
}
