package id.nusatrade.rules.model;

import java.util.Objects;

/**
 * Why a rule rejected a request or asked for approval: a stable code for machines ({@code
 * MAX_NOTIONAL_PER_ORDER}) and a sentence for people.
 */
public record Reason(String code, String message) {
  public Reason {
    Objects.requireNonNull(code, "code");
    if (!isCode(code)) {
      throw new IllegalArgumentException(
          "reason code must be UPPER_SNAKE_CASE (2-64 characters): " + code);
    }
    message = message == null ? "" : message;
  }

  /**
   * {@code [A-Z][A-Z0-9_]{1,63}}, checked by hand: every rule that fires builds a reason on the
   * evaluation path, where a regular expression match costs more than the rest of the reason.
   */
  static boolean isCode(String code) {
    int n = code.length();
    if (n < 2 || n > 64) {
      return false;
    }
    char first = code.charAt(0);
    if (first < 'A' || first > 'Z') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = code.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
