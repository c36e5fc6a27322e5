package id.nusatrade.domain.trading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a pre-trade check, the reasons behind it, the rule version that decided and, when
 * a rule said so (a maximum daily loss reached), the trading state the account must move to (null
 * otherwise), and the notional the check valued the order at (null when it valued none); the
 * trade-approval process decides on that notional.
 */
public record PreTradeVerdict(
    PreTradeOutcome outcome,
    List<String> reasons,
    String version,
    TradingState newTradingState,
    BigDecimal notional) {
  public PreTradeVerdict {
    Objects.requireNonNull(outcome, "outcome");
    reasons = List.copyOf(reasons);
    if (outcome != PreTradeOutcome.ALLOW && reasons.isEmpty()) {
      throw new IllegalArgumentException(outcome + " needs at least one reason");
    }
  }

  public PreTradeVerdict(
      PreTradeOutcome outcome, List<String> reasons, String version, TradingState newTradingState) {
    this(outcome, reasons, version, newTradingState, null);
  }

  public PreTradeVerdict(PreTradeOutcome outcome, List<String> reasons, String version) {
    this(outcome, reasons, version, null, null);
  }

  public static PreTradeVerdict allow(String version) {
    return new PreTradeVerdict(PreTradeOutcome.ALLOW, List.of(), version, null, null);
  }
}
