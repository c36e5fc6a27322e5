package id.nusatrade.processes.compliance;

import id.nusatrade.processes.ProcessDefinition;

/** Names shared by {@code compliance-review.bpmn}, its workers and the tests. */
public final class ComplianceReview {
  public static final ProcessDefinition PROCESS = ProcessDefinition.of("compliance-review");

  /**
   * Message start: published for the bus event {@code workflow.compliance.alert-raised},
   * correlation key = {@link #ALERT_ID}.
   */
  public static final String ALERT_RAISED_MESSAGE = "compliance.alert-raised";

  public static final String TRIAGE_JOB = "nusatrade.compliance.triage-alert";
  public static final String ESCALATE_JOB = "nusatrade.compliance.escalate-investigation";
  public static final String WARN_USER_JOB = "nusatrade.compliance.warn-user";
  public static final String RESTRICT_ACCOUNT_JOB = "nusatrade.compliance.restrict-account";
  public static final String PREPARE_REPORT_JOB = "nusatrade.compliance.prepare-report";
  public static final String RECORD_OUTCOME_JOB = "nusatrade.compliance.record-outcome";

  /** Variables in (from the alert event). */
  public static final String ALERT_ID = "alertId";

  public static final String ALERT_KIND = "alertKind";
  public static final String SEVERITY = "severity";
  public static final String TENANT_ID = "tenantId";
  public static final String ACCOUNT_ID = "accountId";
  public static final String SUMMARY = "summary";

  /** Out of triage. */
  public static final String NEEDS_INVESTIGATION = "needsInvestigation";

  public static final String PRIORITY = "priority";

  /** ISO-8601 duration until the investigation escalates (FEEL {@code duration(...)}). */
  public static final String INVESTIGATION_SLA = "investigationSla";

  public static final String TRIAGE_REASON = "triageReason";

  /** Outcome: {@code CLOSE}, {@code WARN}, {@code RESTRICT} or {@code REPORT}. */
  public static final String REVIEW_OUTCOME = "reviewOutcome";

  public static final String REVIEW_REASON = "reviewReason";
  public static final String REVIEWED_BY = "reviewedBy";

  public static final String CLOSE = "CLOSE";
  public static final String WARN = "WARN";
  public static final String RESTRICT = "RESTRICT";
  public static final String REPORT = "REPORT";

  /** Element ids. */
  public static final String START = "alert_raised";

  public static final String TRIAGE_ALERT = "triage_alert";
  public static final String CLOSED_BY_TRIAGE = "closed_by_triage";
  public static final String INVESTIGATE_ALERT = "investigate_alert";
  public static final String INVESTIGATION_OVERDUE = "investigation_overdue";
  public static final String ESCALATE_INVESTIGATION = "escalate_investigation";
  public static final String INVESTIGATION_ESCALATED = "investigation_escalated";
  public static final String WARN_USER = "warn_user";
  public static final String RESTRICT_ACCOUNT = "restrict_account";
  public static final String PREPARE_REPORT = "prepare_regulatory_report";
  public static final String RECORD_OUTCOME = "record_review_outcome";
  public static final String REVIEW_CLOSED = "review_closed";

  private ComplianceReview() {}
}
