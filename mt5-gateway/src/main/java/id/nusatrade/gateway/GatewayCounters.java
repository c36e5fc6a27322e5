package id.nusatrade.gateway;

import id.nusatrade.market.validation.RejectReason;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A point-in-time copy of the gateway's counters, for a health or metrics endpoint ({@link
 * #asMap()} gives flat dotted names such as {@code gateway.ticks.rejected.spike}). Each counter is
 * read on its own, so the copy is not an atomic cut across counters; each value is exact.
 */
public record GatewayCounters(
    long connectionsAccepted,
    long authFailures,
    long protocolErrors,
    long ticksReceived,
    long duplicatesDropped,
    long backpressurePauses,
    long ticksAccepted,
    long ticksRejected,
    Map<RejectReason, Long> rejectedByReason,
    long rejectEventsSuppressed,
    long executionReports,
    long eventsPublished,
    long eventBatchesFailed,
    long eventsDropped,
    long handlerErrors,
    long storageBatchesFailed,
    long ticksReplayed,
    long openConnections,
    long ringFill,
    long ringCapacity,
    long eventRingFill,
    long eventHandlerErrors,
    long lastStorageFlushMillis,
    long lastStorageFailureMillis,
    String lastStorageError) {

  public GatewayCounters {
    rejectedByReason = Map.copyOf(rejectedByReason);
  }

  public Map<String, Long> asMap() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("gateway.connections.accepted", connectionsAccepted);
    m.put("gateway.connections.auth-failures", authFailures);
    m.put("gateway.connections.protocol-errors", protocolErrors);
    m.put("gateway.ticks.received", ticksReceived);
    m.put("gateway.ticks.duplicates-dropped", duplicatesDropped);
    m.put("gateway.ticks.backpressure-pauses", backpressurePauses);
    m.put("gateway.ticks.accepted", ticksAccepted);
    m.put("gateway.ticks.rejected", ticksRejected);
    for (RejectReason r : RejectReason.values()) {
      String name = r.name().toLowerCase(Locale.ROOT).replace('_', '-');
      m.put("gateway.ticks.rejected." + name, rejectedByReason.getOrDefault(r, 0L));
    }
    m.put("gateway.ticks.reject-events-suppressed", rejectEventsSuppressed);
    m.put("gateway.executions.reported", executionReports);
    m.put("gateway.events.published", eventsPublished);
    m.put("gateway.events.failed-batches", eventBatchesFailed);
    m.put("gateway.events.dropped", eventsDropped);
    m.put("gateway.pipeline.handler-errors", handlerErrors);
    m.put("gateway.storage.failed-batches", storageBatchesFailed);
    m.put("gateway.recovery.ticks-replayed", ticksReplayed);
    m.put("gateway.connections.open", openConnections);
    m.put("gateway.ring.fill", ringFill);
    m.put("gateway.ring.capacity", ringCapacity);
    m.put("gateway.events.ring-fill", eventRingFill);
    m.put("gateway.events.handler-errors", eventHandlerErrors);
    m.put("gateway.storage.last-flush-millis", lastStorageFlushMillis);
    m.put("gateway.storage.last-failure-millis", lastStorageFailureMillis);
    return m;
  }
}
