package id.nusatrade.processes.platform;

import id.nusatrade.processes.ProcessDefinition;

/** Names shared by {@code platform-smoke-check.bpmn}, its workers and its tests. */
public final class SmokeCheck {
  public static final ProcessDefinition PROCESS = ProcessDefinition.of("platform-smoke-check");

  /**
   * Zeebe message that starts a check (message start event). The application publishes it for the
   * bus event {@code workflow.platform.smoke-check.requested}, correlation key = request id.
   */
  public static final String REQUESTED_MESSAGE = "platform.smoke-check.requested";

  /** Job type of the echo service task: {@code nusatrade.<area>.<action>}. */
  public static final String ECHO_JOB = "nusatrade.platform.echo";

  /** Job type of the last task: tells the requester (if any) the outcome. */
  public static final String REPORT_JOB = "nusatrade.platform.report-smoke-check";

  /** BPMN error the echo worker throws for a business rejection. */
  public static final String ECHO_REJECTED_ERROR = "PLATFORM_ECHO_REJECTED";

  /** Input: the probe text. */
  public static final String MESSAGE = "message";

  /** Input of an event-started check: who asked (absent when started directly). */
  public static final String REQUEST_ID = "requestId";

  public static final String TENANT_ID = "tenantId";

  /** Output of the echo job: the echoed text, and when it was answered (ISO-8601). */
  public static final String ECHO = "echo";

  public static final String ANSWERED_AT = "answeredAt";

  /** Set by the outcome events: {@code passed}, {@code failed} or {@code rejected}. */
  public static final String OUTCOME = "smokeCheckOutcome";

  /** Element ids, for tests and operators reading incidents. */
  public static final String EVENT_START = "smoke_check_requested_by_event";

  public static final String ECHO_TASK = "echo_message";
  public static final String PASSED = "smoke_check_passed";
  public static final String FAILED = "smoke_check_failed";
  public static final String REJECTED = "smoke_check_rejected";
  public static final String REPORT_TASK = "report_outcome";
  public static final String REPORTED_END = "smoke_check_reported";

  private SmokeCheck() {}
}
