package id.nusatrade.gateway.events;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.ExecutionReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code trade.execution.reported} event of one execution report. Its id and its {@code
 * executionId} derive from the terminal and the report's sequence, so every resend of the same
 * report (after a gateway restart, a failed publish) is the same event: consumers apply it once.
 */
public final class ExecutionEvents {
  private ExecutionEvents() {}

  /** The execution id consumers apply once: terminal (tenant, account) and EA sequence. */
  public static String executionId(TenantId tenant, long account, long seq) {
    return "mt5:" + tenant + ":" + account + ":" + seq;
  }

  public static EventEnvelope reported(TenantId tenant, long account, long seq, ExecutionReport r) {
    String executionId = executionId(tenant, account, seq);
    Json p = new Json().field("executionId", executionId).field("account", account);
    p.field("seq", seq).field("kind", r.kind().name());
    p.field("clientOrderId", r.clientOrderId()).field("symbol", r.symbol());
    p.field("side", r.side().name()).field("volume", r.volume()).field("price", r.price());
    p.field("ticket", r.ticket()).field("retcode", r.retcode());
    p.field("time", r.timeMillis()).field("positions", r.positions().size());
    return new EventEnvelope(
        UUID.nameUUIDFromBytes(executionId.getBytes(StandardCharsets.UTF_8)),
        tenant,
        EventTypes.EXECUTION_REPORTED,
        Instant.ofEpochMilli(r.timeMillis()),
        1,
        p.toString());
  }
}
