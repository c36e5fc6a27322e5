package id.nusatrade.compliance.account;

/** The username (or the e-mail) belongs to another user: a business outcome, not retried. */
public class UsernameTakenException extends RuntimeException {
  public UsernameTakenException(String message) {
    super(message);
  }
}
