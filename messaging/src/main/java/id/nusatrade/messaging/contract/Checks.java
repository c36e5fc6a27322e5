package id.nusatrade.messaging.contract;

/** Field checks the payload records share; a failure names the field. */
final class Checks {
  private Checks() {}

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + field + "' is missing or blank");
    }
    return value;
  }

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("'" + field + "' is missing");
    }
    return value;
  }

  static double price(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("'" + field + "' is not a finite number: " + value);
    }
    return value;
  }
}
