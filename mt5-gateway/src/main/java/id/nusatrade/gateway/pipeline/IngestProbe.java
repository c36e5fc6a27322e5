package id.nusatrade.gateway.pipeline;

/**
 * Hook at the end of the market handler's work on one tick, after bars and indicators: the
 * benchmark records tick-to-indicator latency here. Must not allocate or block.
 */
@FunctionalInterface
public interface IngestProbe {
  IngestProbe NONE = receivedNanos -> {};

  void tickProcessed(long receivedNanos);
}
