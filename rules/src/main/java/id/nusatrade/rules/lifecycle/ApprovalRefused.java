package id.nusatrade.rules.lifecycle;

/**
 * Four-eyes: the person who wrote the draft or asked for its publication cannot also approve it
 * (REST 403).
 */
public final class ApprovalRefused extends Exception {
  public ApprovalRefused(String message) {
    super(message);
  }
}
