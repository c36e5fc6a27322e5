package id.nusatrade.gateway.net;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Socket-side counters. Each is written by the socket thread alone (lazySet: no fence on the hot
 * path) and may be read from any thread.
 */
public final class GatewayStats {
  final AtomicLong ticksReceived = new AtomicLong();
  final AtomicLong duplicatesDropped = new AtomicLong();
  final AtomicLong executionReports = new AtomicLong();
  final AtomicLong protocolErrors = new AtomicLong();
  final AtomicLong authFailures = new AtomicLong();
  final AtomicLong connectionsAccepted = new AtomicLong();
  final AtomicLong backpressurePauses = new AtomicLong();
  final AtomicLong openConnections = new AtomicLong();

  static void inc(AtomicLong counter) {
    counter.lazySet(counter.get() + 1);
  }

  /** Terminal connections open now (a gauge, not a counter). */
  public long openConnections() {
    return openConnections.get();
  }

  public long ticksReceived() {
    return ticksReceived.get();
  }

  public long duplicatesDropped() {
    return duplicatesDropped.get();
  }

  public long executionReports() {
    return executionReports.get();
  }

  public long protocolErrors() {
    return protocolErrors.get();
  }

  public long authFailures() {
    return authFailures.get();
  }

  public long connectionsAccepted() {
    return connectionsAccepted.get();
  }

  public long backpressurePauses() {
    return backpressurePauses.get();
  }
}
