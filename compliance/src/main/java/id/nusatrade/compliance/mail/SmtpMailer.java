package id.nusatrade.compliance.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Function;

/** {@link Mailer} over SMTP with Jakarta Mail (Angus). */
public final class SmtpMailer implements Mailer {
  private final Session session;
  private final String from;

  private SmtpMailer(Session session, String from) {
    this.session = session;
    this.from = from;
  }

  /** Configured from {@link MailSetting}s read through {@code lookup} (environment names). */
  public static SmtpMailer from(Function<String, String> lookup) {
    Properties p = new Properties();
    p.put("mail.smtp.host", MailSetting.SMTP_HOST.from(lookup));
    p.put("mail.smtp.port", MailSetting.SMTP_PORT.from(lookup));
    p.put("mail.smtp.starttls.enable", MailSetting.SMTP_STARTTLS.from(lookup));
    p.put("mail.smtp.starttls.required", MailSetting.SMTP_STARTTLS.from(lookup));
    String timeout = MailSetting.TIMEOUT_MILLIS.from(lookup);
    p.put("mail.smtp.connectiontimeout", timeout);
    p.put("mail.smtp.timeout", timeout);
    p.put("mail.smtp.writetimeout", timeout);
    String user = MailSetting.SMTP_USER.from(lookup);
    Authenticator login = null;
    if (!user.isBlank()) {
      String password = MailSetting.SMTP_PASSWORD.from(lookup);
      p.put("mail.smtp.auth", "true");
      login =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          };
    }
    return new SmtpMailer(Session.getInstance(p, login), MailSetting.FROM.from(lookup));
  }

  @Override
  public void send(String to, String subject, String body) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailException("mail to the SMTP server failed: " + e.getMessage(), e);
    }
  }
}
