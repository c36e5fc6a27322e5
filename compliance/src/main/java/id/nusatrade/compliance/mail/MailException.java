package id.nusatrade.compliance.mail;

/** An e-mail could not be handed to the SMTP server. */
public final class MailException extends RuntimeException {
  public MailException(String message, Throwable cause) {
    super(message, cause);
  }
}
