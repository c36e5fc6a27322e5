package id.nusatrade.rules.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why a rule rejected a request or asked for approval: a stable code for machines ({@code
 * MAX_NOTIONAL_PER_ORDER}) and a sentence for people.
 */
public record Reason(String code, String message) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  public Reason {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "reason code must be UPPER_SNAKE_CASE (2-64 characters): " + code);
    }
    message = message == null ? "" : message;
  }
}
