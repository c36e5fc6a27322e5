package id.nusatrade.processes.platform;

import id.nusatrade.processes.ProcessDefinition;

/** Names shared by {@code platform-smoke-check.bpmn}, its worker and its tests. */
public final class SmokeCheck {
  public static final ProcessDefinition PROCESS = ProcessDefinition.of("platform-smoke-check");

  /** Job type of the echo service task: {@code nusatrade.<area>.<action>}. */
  public static final String ECHO_JOB = "nusatrade.platform.echo";

  /** BPMN error the echo worker throws for a business rejection. */
  public static final String ECHO_REJECTED_ERROR = "PLATFORM_ECHO_REJECTED";

  /** Input: the probe text. */
  public static final String MESSAGE = "message";

  /** Output of the echo job: the echoed text, and when it was answered (ISO-8601). */
  public static final String ECHO = "echo";

  public static final String ANSWERED_AT = "answeredAt";

  /** Set by the end events: {@code passed}, {@code failed} or {@code rejected}. */
  public static final String OUTCOME = "smokeCheckOutcome";

  /** Element ids, for tests and operators reading incidents. */
  public static final String ECHO_TASK = "echo_message";

  public static final String PASSED_END = "smoke_check_passed";
  public static final String FAILED_END = "smoke_check_failed";
  public static final String REJECTED_END = "smoke_check_rejected";

  private SmokeCheck() {}
}
