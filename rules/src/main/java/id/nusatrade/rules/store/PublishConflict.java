package id.nusatrade.rules.store;

/** Another publish or rollback moved the live version first (REST: 409 Conflict). */
public final class PublishConflict extends Exception {
  private final long expected;
  private final long actual;

  public PublishConflict(long expected, long actual) {
    super("the live version is " + actual + ", not " + expected + ": another publish won");
    this.expected = expected;
    this.actual = actual;
  }

  public long expected() {
    return expected;
  }

  public long actual() {
    return actual;
  }
}
