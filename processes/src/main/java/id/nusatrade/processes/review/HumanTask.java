package id.nusatrade.processes.review;

/**
 * Names shared by every officer task of the processes. A plain BPMN user task (no {@code
 * zeebe:userTask}) becomes a job of type {@value #JOB_TYPE}; the review queue activates it, shows
 * it with its SLA deadline, and completes it with {@link #OUTCOME}, {@link #REASON} and {@link
 * #DECIDED_BY}. Each task maps those three to its own process variables by output mapping.
 */
public final class HumanTask {
  /** The job type the engine gives a plain BPMN user task. */
  public static final String JOB_TYPE = "io.camunda.zeebe:userTask";

  /** Custom header: which review this is ({@code kyc}, {@code trade}, {@code compliance}...). */
  public static final String REVIEW_KIND_HEADER = "reviewKind";

  /** Header the engine sets from {@code zeebe:assignmentDefinition candidateGroups}. */
  public static final String CANDIDATE_GROUPS_HEADER = "io.camunda.zeebe:candidateGroups";

  /** The role that may work on the tasks. */
  public static final String OFFICER_GROUP = "compliance-officer";

  /**
   * Local input of every officer task: when its SLA ends (FEEL date-time, the engine's clock). The
   * task's SLA boundary timer fires at this instant, and the queue shows it.
   */
  public static final String SLA_DEADLINE = "slaDeadline";

  /** Completion variables: the decision, its mandatory reason, and the deciding officer. */
  public static final String OUTCOME = "outcome";

  public static final String REASON = "reason";
  public static final String DECIDED_BY = "decidedBy";

  private HumanTask() {}
}
