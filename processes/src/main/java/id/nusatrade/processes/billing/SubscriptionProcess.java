package id.nusatrade.processes.billing;

import id.nusatrade.processes.ProcessDefinition;

/** Names shared by {@code subscription.bpmn}, its workers, the billing signals and the tests. */
public final class SubscriptionProcess {
  public static final ProcessDefinition PROCESS = ProcessDefinition.of("subscription");

  /**
   * Message start; correlation key = {@link #TENANT_ID}, so a tenant has at most one running
   * instance (the engine refuses a second start for the same key while one runs).
   */
  public static final String STARTED_MESSAGE = "subscription.started";

  /** Message: the plan or period changed (a payment activated a plan, a trial started). */
  public static final String CHANGED_MESSAGE = "subscription.changed";

  /** Job types. */
  public static final String READ_JOB = "nusatrade.subscription.read";

  public static final String END_PERIOD_JOB = "nusatrade.subscription.end-period";
  public static final String MARK_OVERDUE_JOB = "nusatrade.subscription.mark-overdue";
  public static final String SEND_REMINDER_JOB = "nusatrade.subscription.send-reminder";
  public static final String RESTRICT_FEATURES_JOB = "nusatrade.subscription.restrict-features";
  public static final String DOWNGRADE_TO_FREE_JOB = "nusatrade.subscription.downgrade-to-free";

  /** Variables. */
  public static final String TENANT_ID = "tenantId";

  /** {@code FREE}, {@code TRIAL}, {@code ACTIVE}, {@code OVERDUE} or {@code RESTRICTED}. */
  public static final String STATUS = "subscriptionStatus";

  /** ISO-8601 instant the current period ends (absent on Free). */
  public static final String PERIOD_END = "periodEnd";

  /** What ending the period did: {@code INVOICED}, {@code ENDED} or {@code NOT_DUE}. */
  public static final String PERIOD_OUTCOME = "periodOutcome";

  public static final String INVOICED = "INVOICED";
  public static final String ENDED = "ENDED";
  public static final String NOT_DUE = "NOT_DUE";

  /** Dunning terms (ISO-8601 durations and a count), from billing's settings. */
  public static final String REMINDER_INTERVAL = "reminderInterval";

  public static final String MAX_REMINDERS = "maxReminders";
  public static final String REMINDERS_SENT = "remindersSent";
  public static final String DOWNGRADE_AFTER = "downgradeAfter";

  /** Element ids. */
  public static final String START = "subscription_started";

  public static final String READ_SUBSCRIPTION = "read_subscription";
  public static final String SUBSCRIPTION_ON_FREE = "subscription_on_free";
  public static final String PERIOD_END_REACHED = "period_end_reached";
  public static final String SUBSCRIPTION_CHANGED = "subscription_changed";
  public static final String END_PERIOD = "end_period";
  public static final String SUBSCRIPTION_ENDED = "subscription_ended";
  public static final String COLLECT_RENEWAL_PAYMENT = "collect_renewal_payment";
  public static final String MARK_OVERDUE = "mark_overdue";
  public static final String SEND_PAYMENT_REMINDER = "send_payment_reminder";
  public static final String OVERDUE_SETTLED = "overdue_settled";
  public static final String REMINDER_INTERVAL_ELAPSED = "reminder_interval_elapsed";
  public static final String RESTRICT_FEATURES = "restrict_features";
  public static final String RESTRICTED_SETTLED = "restricted_settled";
  public static final String DOWNGRADE_DUE = "downgrade_due";
  public static final String DOWNGRADE_TO_FREE = "downgrade_to_free";
  public static final String DOWNGRADED_TO_FREE = "downgraded_to_free";

  private SubscriptionProcess() {}
}
