package id.nusatrade.compliance.onboarding;

import id.nusatrade.compliance.kyc.IdentityCheck;
import id.nusatrade.compliance.kyc.InvalidIdentityException;
import id.nusatrade.compliance.kyc.Nik;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A public registration as {@code POST /api/v1/onboarding} receives it. {@link #validate} checks
 * form only (the KYC plausibility runs in the process) and names the first wrong field, so the API
 * can answer 422 with it and nothing is started.
 */
public record Registration(
    String fullName, String email, String phone, String nik, String dateOfBirth, String username) {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

  /** The validated birth date. */
  public LocalDate validate() {
    require(
        "fullName",
        fullName != null && !fullName.isBlank() && fullName.length() <= 200,
        "is required (at most 200 characters)");
    require("email", email != null && EMAIL.matcher(email).matches(), "is not an e-mail address");
    require(
        "phone",
        phone == null || phone.isBlank() || PHONE.matcher(phone).matches(),
        "must be 8 to 15 digits, optionally with a leading +");
    require(
        "username",
        username != null && USERNAME.matcher(username).matches(),
        "must be 3-32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter");
    Nik.parse(nik);
    return IdentityCheck.parseDate(dateOfBirth);
  }

  private static void require(String field, boolean ok, String message) {
    if (!ok) {
      throw new InvalidIdentityException(field, message);
    }
  }
}
