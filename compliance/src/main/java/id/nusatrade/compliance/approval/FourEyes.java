package id.nusatrade.compliance.approval;

/**
 * The four-eyes rule: the second approval of a task must come from another officer than the first.
 */
public final class FourEyes {
  private FourEyes() {}

  /** Throws when {@code secondOfficer} already gave the first approval. */
  public static void requireDifferentOfficer(String firstOfficer, String secondOfficer) {
    if (firstOfficer != null && firstOfficer.equals(secondOfficer)) {
      throw new FourEyesViolationException(
          secondOfficer + " gave the first approval; a second officer must decide");
    }
  }

  /** The same officer tried to give both approvals. */
  public static final class FourEyesViolationException extends RuntimeException {
    public FourEyesViolationException(String message) {
      super(message);
    }
  }
}
