package id.nusatrade.domain.trading;

/**
 * The caller's name for an order, unique per account: submitting the same one twice gives the same
 * order. 1 to 31 printable ASCII characters (0x21–0x7E), the width of the MT5 wire protocol's
 * client order id field, so the same id reaches the Expert Advisor and de-duplicates there too.
 */
public record ClientOrderId(String value) {
  public static final int MAX_LENGTH = 31;

  public ClientOrderId {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "clientOrderId must have 1 to " + MAX_LENGTH + " characters, was " + value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        throw new IllegalArgumentException(
            "clientOrderId must be printable ASCII without spaces, was " + value);
      }
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
