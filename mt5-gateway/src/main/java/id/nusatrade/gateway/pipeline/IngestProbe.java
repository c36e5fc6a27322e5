package id.nusatrade.gateway.pipeline;

/**
 * Hook at the end of the market handler's work on one accepted tick, after bars and indicators: the
 * benchmark records tick-to-indicator latency (from {@code receivedNanos}, stamped on the socket
 * thread) and the handler's own cost (from {@code startedNanos}, taken as the handler picked the
 * tick up) here. Must not allocate or block.
 */
public interface IngestProbe {
  IngestProbe NONE = (receivedNanos, startedNanos) -> {};

  void tickProcessed(long receivedNanos, long startedNanos);
}
