package id.nusatrade.compliance.alert;

import java.time.Duration;

/**
 * First look at a compliance alert: whether an officer must investigate, with which priority and by
 * when (the escalation timer of {@code compliance-review}). Table:
 *
 * <pre>
 * severity  | investigate | priority | SLA
 * CRITICAL  | yes         | HIGH     | 1 h
 * HIGH      | yes         | HIGH     | 4 h
 * MEDIUM    | yes         | NORMAL   | 2 days
 * LOW       | only KYC flags and rule breaches (NORMAL, 5 days); other kinds closed
 * </pre>
 */
public final class AlertTriage {
  public enum Kind {
    RECONCILIATION_DIFFERENCE,
    RULE_BREACH,
    KYC_FLAG,
    MARKET_ABUSE
  }

  public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
  }

  /** The triage's answer. */
  public record Triage(
      boolean needsInvestigation, String priority, Duration investigationSla, String reason) {}

  public Triage triage(Kind kind, Severity severity) {
    return switch (severity) {
      case CRITICAL -> new Triage(true, "HIGH", Duration.ofHours(1), "critical " + kind);
      case HIGH -> new Triage(true, "HIGH", Duration.ofHours(4), "high severity " + kind);
      case MEDIUM -> new Triage(true, "NORMAL", Duration.ofDays(2), "medium severity " + kind);
      case LOW ->
          kind == Kind.KYC_FLAG || kind == Kind.RULE_BREACH
              ? new Triage(true, "NORMAL", Duration.ofDays(5), "low severity " + kind)
              : new Triage(false, "LOW", Duration.ofDays(5), "low severity " + kind + " closed");
    };
  }
}
