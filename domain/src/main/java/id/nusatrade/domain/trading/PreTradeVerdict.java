package id.nusatrade.domain.trading;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a pre-trade check, the reasons behind it, the rule version that decided and, when
 * a rule said so (a maximum daily loss reached), the trading state the account must move to (null
 * otherwise).
 */
public record PreTradeVerdict(
    PreTradeOutcome outcome, List<String> reasons, String version, TradingState newTradingState) {
  public PreTradeVerdict {
    Objects.requireNonNull(outcome, "outcome");
    reasons = List.copyOf(reasons);
    if (outcome != PreTradeOutcome.ALLOW && reasons.isEmpty()) {
      throw new IllegalArgumentException(outcome + " needs at least one reason");
    }
  }

  public PreTradeVerdict(PreTradeOutcome outcome, List<String> reasons, String version) {
    this(outcome, reasons, version, null);
  }

  public static PreTradeVerdict allow(String version) {
    return new PreTradeVerdict(PreTradeOutcome.ALLOW, List.of(), version, null);
  }
}
