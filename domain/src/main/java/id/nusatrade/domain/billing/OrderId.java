package id.nusatrade.domain.billing;

import java.util.Objects;
import java.util.regex.Pattern;

/** A payment's order id at the payment gateway: at most 50 of {@code A-Z a-z 0-9 - _ ~ .}. */
public record OrderId(String value) {
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_~.\\-]{1,50}");

  public OrderId {
    Objects.requireNonNull(value, "order id");
    if (!ALLOWED.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "order id must be 1 to 50 characters of A-Z a-z 0-9 - _ ~ . (got "
              + Math.min(value.length(), 60)
              + " characters)");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
