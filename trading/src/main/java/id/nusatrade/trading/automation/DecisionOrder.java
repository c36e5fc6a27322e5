package id.nusatrade.trading.automation;

import id.nusatrade.domain.trading.OrderIntent;

/** What became of a decision: an intent to submit, or none (HOLD, or refused, with the reason). */
public record DecisionOrder(OrderIntent intent, String refusal) {
  static DecisionOrder none(String why) {
    return new DecisionOrder(null, why);
  }

  public boolean ordered() {
    return intent != null;
  }
}
