package id.nusatrade.gateway.bench;

import org.HdrHistogram.Histogram;

/**
 * One benchmark phase: ticks sent and acknowledged, throughput after warm-up, and two latency
 * histograms in nanoseconds: {@code latency} from the frame decoded on the socket thread to the end
 * of the market handler's work (queueing included), {@code cost} the handler's own work on the tick
 * (validation, bars, indicators, event copy), measured inside the handler.
 */
record PhaseResult(
    long sent, long acked, double seconds, double throughput, Histogram latency, Histogram cost) {

  static String us(Histogram h, double percentile) {
    long v = percentile >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile);
    return String.format("%,.1f µs", v / 1e3);
  }
}
