package id.nusatrade.compliance.kyc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Checks an applicant's identity data for form and plausibility: the NIK's form, the birth date it
 * encodes against the declared one, and the age rule. Throws {@link InvalidIdentityException}
 * naming the field at the first impossibility.
 */
public final class IdentityCheck {
  public static final String DATE_OF_BIRTH = "dateOfBirth";

  private final Clock clock;

  public IdentityCheck(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
  }

  /** What the check established. */
  public record Verdict(Nik nik, LocalDate birthDate, Sex sex, int age, boolean minor) {}

  public Verdict check(String nikText, String declaredBirthDate) {
    LocalDate today = LocalDate.now(clock);
    Nik nik = Nik.parse(nikText);
    LocalDate declared = parseDate(declaredBirthDate);
    if (declared.isAfter(today)) {
      throw new InvalidIdentityException(DATE_OF_BIRTH, "lies in the future");
    }
    LocalDate encoded = nik.birthDate(today);
    if (!encoded.equals(declared)) {
      throw new InvalidIdentityException(
          Nik.FIELD, "encodes birth date " + encoded + ", but " + declared + " was declared");
    }
    int age = AgeRule.requireEligible(declared, today);
    return new Verdict(nik, declared, nik.sex(), age, AgeRule.isMinorUnderCivilLaw(age));
  }

  /** An ISO date (yyyy-MM-dd) that exists; {@code 1990-02-30} is refused. */
  public static LocalDate parseDate(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidIdentityException(DATE_OF_BIRTH, "is required (yyyy-MM-dd)");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidIdentityException(
          DATE_OF_BIRTH, "'" + text + "' is not a date (yyyy-MM-dd)");
    }
  }
}
