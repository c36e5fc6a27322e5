package id.nusatrade.domain.trading;

import java.util.List;
import java.util.Objects;

/** The outcome of a pre-trade check, the reasons behind it and the rule version that decided. */
public record PreTradeVerdict(PreTradeOutcome outcome, List<String> reasons, String version) {
  public PreTradeVerdict {
    Objects.requireNonNull(outcome, "outcome");
    reasons = List.copyOf(reasons);
    if (outcome != PreTradeOutcome.ALLOW && reasons.isEmpty()) {
      throw new IllegalArgumentException(outcome + " needs at least one reason");
    }
  }

  public static PreTradeVerdict allow(String version) {
    return new PreTradeVerdict(PreTradeOutcome.ALLOW, List.of(), version);
  }
}
