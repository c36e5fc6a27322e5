package id.nusatrade.compliance.review;

import java.util.Arrays;
import java.util.Set;

/**
 * The kinds of officer review (the {@code reviewKind} header of a BPMN user task) and the outcomes
 * an officer may choose for each.
 */
public enum ReviewKind {
  KYC("kyc", Set.of("APPROVE", "REJECT", "RESUBMIT")),
  TRADE("trade", Set.of("APPROVE", "REJECT")),
  TRADE_SECOND("trade-second", Set.of("APPROVE", "REJECT")),
  COMPLIANCE("compliance", Set.of("CLOSE", "WARN", "RESTRICT", "REPORT"));

  private final String header;
  private final Set<String> outcomes;

  ReviewKind(String header, Set<String> outcomes) {
    this.header = header;
    this.outcomes = outcomes;
  }

  public String header() {
    return header;
  }

  public Set<String> outcomes() {
    return outcomes;
  }

  public static ReviewKind fromHeader(String header) {
    return Arrays.stream(values())
        .filter(k -> k.header.equals(header))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown review kind " + header));
  }
}
