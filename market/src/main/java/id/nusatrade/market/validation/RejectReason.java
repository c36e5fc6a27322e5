package id.nusatrade.market.validation;

/**
 * Why a tick was rejected. {@link #code()} is what the pipeline stores in a slot (0 = accepted).
 */
public enum RejectReason {
  /**
   * Bid or ask NaN, infinite, zero or negative; last NaN, infinite or negative; volume negative.
   */
  NON_POSITIVE_PRICE,
  /** Bid above ask. */
  CROSSED_QUOTE,
  /** Older than the previous accepted tick of the stream. */
  OUT_OF_ORDER,
  /** Same time, prices and volume as the previous accepted tick. */
  DUPLICATE,
  /** Older than the configured maximum age against the gateway's clock. */
  STALE,
  /** Mid price moved beyond the configured band from the last good mid. */
  SPIKE;

  private static final RejectReason[] VALUES = values();

  public int code() {
    return ordinal() + 1;
  }

  public static RejectReason ofCode(int code) {
    return VALUES[code - 1];
  }
}
