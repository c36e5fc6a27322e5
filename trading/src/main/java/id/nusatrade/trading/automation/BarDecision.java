package id.nusatrade.trading.automation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A model's decision on one closed bar of a symbol: the advice, the model version that gave it, the
 * bar's open time (epoch ms) and its close (the price the order is sized and protected from).
 */
public record BarDecision(
    String symbol, long barTimeMillis, Advice advice, String modelVersion, BigDecimal close) {
  public BarDecision {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(advice, "advice");
    if (modelVersion == null || modelVersion.isBlank()) {
      throw new IllegalArgumentException("modelVersion is required");
    }
    if (close == null || close.signum() <= 0) {
      throw new IllegalArgumentException("close must be positive, was " + close);
    }
  }
}
