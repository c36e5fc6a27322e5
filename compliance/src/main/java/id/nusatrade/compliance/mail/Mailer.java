package id.nusatrade.compliance.mail;

/** Port: sends one plain-text e-mail. */
public interface Mailer {
  /**
   * @throws MailException when the server refused it or could not be reached (a technical failure:
   *     the caller retries)
   */
  void send(String to, String subject, String body);
}
