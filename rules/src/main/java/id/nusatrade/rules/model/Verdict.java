package id.nusatrade.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output a rule writes to: the global {@code verdict} of every rule set. A right-hand side only
 * calls {@link #reject}, {@link #requireApproval} or {@link #halt}; one verdict serves one
 * evaluation and is not shared between threads.
 */
public final class Verdict {
  private final List<Reason> rejections = new ArrayList<>(2);
  private final List<Reason> approvals = new ArrayList<>(2);
  private TradingState newTradingState;

  /** The request is refused. */
  public void reject(String code, String message) {
    rejections.add(new Reason(code, message));
  }

  /** The request may go ahead only once a person approves it. */
  public void requireApproval(String code, String message) {
    approvals.add(new Reason(code, message));
  }

  /** The request is refused and the account stops trading (HALTED) until it is reset. */
  public void halt(String code, String message) {
    reject(code, message);
    newTradingState = TradingState.HALTED;
  }

  /** The decision these outputs add up to, stamped with the rule set version that made it. */
  public Decision decision(long version) {
    Optional<TradingState> state = Optional.ofNullable(newTradingState);
    if (!rejections.isEmpty()) {
      return new Decision(Outcome.REJECT, rejections, version, state);
    }
    if (!approvals.isEmpty()) {
      return new Decision(Outcome.NEEDS_APPROVAL, approvals, version, state);
    }
    return new Decision(Outcome.ALLOW, List.of(), version, state);
  }
}
