package id.nusatrade.compliance.kyc;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who may open a trading account: an Indonesian identity card (and so a NIK holder who can
 * contract) starts at 17; the civil-law age of majority is 21. Under 17 is refused; 17 to 20 is
 * allowed but counts in the risk score and goes to an officer.
 */
public final class AgeRule {
  public static final int MINIMUM_AGE = 17;
  public static final int AGE_OF_MAJORITY = 21;

  private AgeRule() {}

  public static int age(LocalDate birthDate, LocalDate today) {
    return Period.between(birthDate, today).getYears();
  }

  /** The age; throws for an applicant younger than {@value #MINIMUM_AGE}. */
  public static int requireEligible(LocalDate birthDate, LocalDate today) {
    int age = age(birthDate, today);
    if (age < MINIMUM_AGE) {
      throw new InvalidIdentityException(
          "dateOfBirth", "applicants must be at least " + MINIMUM_AGE + " (is " + age + ")");
    }
    return age;
  }

  public static boolean isMinorUnderCivilLaw(int age) {
    return age < AGE_OF_MAJORITY;
  }
}
