package id.nusatrade.gateway.events;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.ExecutionReported;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.ReportedPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code trade.execution.reported} event of one execution report. Its id and its {@code
 * executionId} derive from the terminal and the report's sequence, so every resend of the same
 * report (after a gateway restart, a failed publish) is the same event: consumers apply it once.
 */
public final class ExecutionEvents {
  private static final PayloadCodec CODEC = new PayloadCodec();

  private ExecutionEvents() {}

  /** The execution id consumers apply once: terminal (tenant, account) and EA sequence. */
  public static String executionId(TenantId tenant, long account, long seq) {
    return "mt5:" + tenant + ":" + account + ":" + seq;
  }

  public static EventEnvelope reported(TenantId tenant, long account, long seq, ExecutionReport r) {
    String executionId = executionId(tenant, account, seq);
    ExecutionReported payload =
        new ExecutionReported(
            executionId,
            account,
            seq,
            r.kind().name(),
            r.clientOrderId(),
            r.symbol(),
            r.side().name(),
            r.volume(),
            r.price(),
            r.commission(),
            r.swap(),
            r.ticket(),
            r.retcode(),
            r.timeMillis(),
            r.positions().size(),
            r.positions().stream()
                .map(
                    p ->
                        new ReportedPosition(
                            p.ticket(), p.symbol(), p.side().name(), p.volume(), p.openPrice()))
                .toList());
    return CODEC.envelope(
        EventContracts.EXECUTION_REPORTED,
        UUID.nameUUIDFromBytes(executionId.getBytes(StandardCharsets.UTF_8)),
        tenant,
        Instant.ofEpochMilli(r.timeMillis()),
        payload);
  }
}
