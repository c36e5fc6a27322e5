package id.nusatrade.trading.engine;

/**
 * An account may not switch between PAPER and LIVE now; {@link #reason} says why in a code a client
 * can act on, the message in words.
 */
public final class ModeChangeRefusedException extends RuntimeException {
  /** Why the switch is refused. */
  public enum Reason {
    /** The tenant's tier (the tier rules) does not include automated/live trading. */
    NOT_IN_TIER,
    /** No MT5 terminal (login) is linked to the account. */
    NO_MT5_LOGIN,
    /** A position is open at the current venue. */
    OPEN_POSITIONS,
    /** An order is working at the current venue or waiting for approval. */
    WORKING_ORDERS
  }

  private final Reason reason;

  public ModeChangeRefusedException(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
