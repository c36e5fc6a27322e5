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
      EventContract.of("trade.execution.reported", ExecutionReported.class);

  public static final EventContract<ApprovalDecided> APPROVAL_DECIDED =
      EventContract.of("trade.approval.decided", ApprovalDecided.class);

  /** Every {@code audit.<action>} event: the payload the compliance trail stores. */
  public static final EventContract<AuditRecorded> AUDIT =
      EventContract.family("audit.", AuditRecorded.class, a -> "audit." + a.action(), "details");

  public static final List<EventContract<?>> ALL =
      List.of(
          TICK_SAMPLED,
          TICK_REJECTED,
          BAR_CLOSED,
          INDICATORS_UPDATED,
          EXECUTION_REPORTED,
          APPROVAL_DECIDED,
          AUDIT);

  private EventContracts() {}
}
