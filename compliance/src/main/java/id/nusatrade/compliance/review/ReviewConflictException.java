package id.nusatrade.compliance.review;

/** The task is not in a state that allows the action (claimed by another, already decided...). */
public final class ReviewConflictException extends RuntimeException {
  public ReviewConflictException(String message) {
    super(message);
  }
}
