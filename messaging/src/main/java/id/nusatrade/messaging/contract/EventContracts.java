package id.nusatrade.messaging.contract;

import java.util.List;

/** Every typed payload on the bus (docs/events.md, "Destinations"). */
public final class EventContracts {
  public static final EventContract<TickSampled> TICK_SAMPLED =
      EventContract.of("market.tick.sampled", TickSampled.class);

  /** A tick validation refused, with its reason (for review; at most N per stream per second). */
  public static final EventContract<TickRejected> TICK_REJECTED =
      EventContract.of("market.tick.rejected", TickRejected.class);

  public static final EventContract<BarClosed> BAR_CLOSED =
      EventContract.of("market.bar.closed", BarClosed.class);

  public static final EventContract<IndicatorsUpdated> INDICATORS_UPDATED =
      EventContract.of("market.indicator.updated", IndicatorsUpdated.class);

  public static final EventContract<ExecutionReported> EXECUTION_REPORTED =
      EventContract.family(
          "trade.execution.reported",
          ExecutionReported.class,
          r -> "trade.execution.reported",
          "openPositions",
          "commission",
          "swap");

  /**
   * The engine's order for a LIVE account, to the MT5 gateway (queue {@code nusatrade.mt5.orders}).
   */
  public static final EventContract<Mt5OrderRequested> MT5_ORDER_REQUESTED =
      EventContract.of("mt5.order.requested", Mt5OrderRequested.class);

  public static final EventContract<ApprovalDecided> APPROVAL_DECIDED =
      EventContract.of("trade.approval.decided", ApprovalDecided.class);

  /** Every {@code audit.<action>} event: the payload the compliance trail stores. */
  public static final EventContract<AuditRecorded> AUDIT =
      EventContract.family("audit.", AuditRecorded.class, a -> "audit." + a.action(), "details");

  public static final EventContract<AccountChanged> ACCOUNT_CHANGED =
      EventContract.of("trade.account.changed", AccountChanged.class);

  /**
   * {@code trade.order.changed}, or {@code trade.order.approval-requested} while the order waits
   * for a person.
   */
  public static final EventContract<OrderChanged> ORDER_CHANGED =
      EventContract.family(
          "trade.order.",
          OrderChanged.class,
          OrderChanged::eventType,
          "limitPrice",
          "stopPrice",
          "averagePrice",
          "exitReason",
          "notional");

  public static final EventContract<PositionChanged> POSITION_CHANGED =
      EventContract.family(
          "trade.position.changed",
          PositionChanged.class,
          p -> "trade.position.changed",
          "averagePrice");

  /** Every {@code workflow.<message>} event: a message for the process engine. */
  public static final EventContract<WorkflowRequested> WORKFLOW =
      EventContract.family(
          WorkflowRequested.TYPE_PREFIX,
          WorkflowRequested.class,
          WorkflowRequested::eventType,
          (w, type) ->
              new WorkflowRequested(
                  type.substring(WorkflowRequested.TYPE_PREFIX.length()),
                  w.correlationKey(),
                  w.variables()),
          "message",
          "variables");

  /** The live model's decision on a closed bar (signals issue). */
  public static final EventContract<SignalDecided> SIGNAL_DECIDED =
      EventContract.of("signal.decided", SignalDecided.class);

  public static final List<EventContract<?>> ALL =
      List.of(
          TICK_SAMPLED,
          TICK_REJECTED,
          BAR_CLOSED,
          INDICATORS_UPDATED,
          EXECUTION_REPORTED,
          MT5_ORDER_REQUESTED,
          APPROVAL_DECIDED,
          AUDIT,
          ACCOUNT_CHANGED,
          ORDER_CHANGED,
          POSITION_CHANGED,
          WORKFLOW,
          SIGNAL_DECIDED);

  private EventContracts() {}
}
