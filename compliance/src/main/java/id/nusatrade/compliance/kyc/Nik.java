package id.nusatrade.compliance.kyc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Nomor Induk Kependudukan, the 16-digit Indonesian population number: PP KK CC (province, regency,
 * district), DD MM YY (birth date, day + 40 for women), SSSS (serial, never 0000).
 *
 * <p>{@link #parse} checks the form and that the encoded birth date exists; whether it matches the
 * declared date is {@link IdentityCheck}'s business.
 */
public record Nik(String value) {
  public static final String FIELD = "nik";

  /** Province codes in use (Kemendagri), including the Papua provinces created in 2022. */
  private static final Set<Integer> PROVINCES =
      Set.of(
          11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63,
          64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96);

  public Nik {
    if (value == null || !value.matches("[0-9]{16}")) {
      throw new InvalidIdentityException(FIELD, "a NIK is exactly 16 digits");
    }
    if (!PROVINCES.contains(Integer.parseInt(value.substring(0, 2)))) {
      throw new InvalidIdentityException(
          FIELD, "province code " + value.substring(0, 2) + " does not exist");
    }
    if (value.endsWith("0000")) {
      throw new InvalidIdentityException(FIELD, "serial number 0000 is never issued");
    }
    int day = encodedDay(value);
    if (day < 1 || (day > 31 && day < 41) || day > 71) {
      throw new InvalidIdentityException(FIELD, "day of birth " + day + " is impossible");
    }
  }

  public static Nik parse(String text) {
    return new Nik(text == null ? null : text.strip());
  }

  public Sex sex() {
    return encodedDay(value) > 40 ? Sex.FEMALE : Sex.MALE;
  }

  /**
   * The birth date the NIK encodes. The year has two digits: the century is the one that puts the
   * date on or before {@code today} (nobody registers before being born).
   */
  public LocalDate birthDate(LocalDate today) {
    int day = encodedDay(value) % 40;
    int month = Integer.parseInt(value.substring(8, 10));
    int yy = Integer.parseInt(value.substring(10, 12));
    int year = (today.getYear() / 100) * 100 + yy;
    try {
      LocalDate date = LocalDate.of(year, month, day);
      return date.isAfter(today) ? LocalDate.of(year - 100, month, day) : date;
    } catch (DateTimeException e) {
      throw new InvalidIdentityException(
          FIELD, "encoded birth date " + value.substring(6, 12) + " is impossible");
    }
  }

  private static int encodedDay(String value) {
    return Integer.parseInt(value.substring(6, 8));
  }

  @Override
  public String toString() {
    return value.substring(0, 6) + "******" + value.substring(12);
  }
}
