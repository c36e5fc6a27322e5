package id.nusatrade.rules.model;

import java.util.List;
import java.util.Optional;

/**
 * What a rule set decided: the outcome, the reasons behind it (empty for ALLOW), the version of the
 * rule set that decided, and the trading state the account must move to, if a rule said so.
 */
public record Decision(
    Outcome outcome, List<Reason> reasons, long version, Optional<TradingState> newTradingState) {
  public Decision {
    reasons = List.copyOf(reasons);
  }

  /** The reason codes in the order the rules gave them. */
  public List<String> reasonCodes() {
    return reasons.stream().map(Reason::code).toList();
  }
}
