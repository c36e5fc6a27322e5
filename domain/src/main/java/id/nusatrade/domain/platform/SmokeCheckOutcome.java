package id.nusatrade.domain.platform;

import java.util.Locale;

/** How a smoke check ended; the wire value is what the BPMN end paths write. */
public enum SmokeCheckOutcome {
  PASSED,
  FAILED,
  REJECTED;

  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SmokeCheckOutcome fromWire(String value) {
    for (SmokeCheckOutcome outcome : values()) {
      if (outcome.wireValue().equals(value)) {
        return outcome;
      }
    }
    throw new IllegalArgumentException("unknown smoke check outcome: " + value);
  }
}
