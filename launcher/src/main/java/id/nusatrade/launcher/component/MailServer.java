package id.nusatrade.launcher.component;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;

/**
 * The platform's embedded mail server: GreenMail in the launcher's JVM, SMTP and IMAP on loopback.
 * Every mail the platform sends (onboarding codes, welcome, billing receipts) is kept in memory and
 * readable over IMAP with the recipient's address as login and any password, e.g. {@code curl -u
 * siti@example.id:x 'imap://127.0.0.1:3143/INBOX;UID=1'}. With {@code NUSATRADE_SMTP_HOST} set
 * nothing starts here and Liberty sends through that server ({@code NUSATRADE_SMTP_USER}, {@code
 * …_PASSWORD}, {@code …_STARTTLS} are read by Liberty from the environment).
 */
public final class MailServer implements Component {
  private final LauncherConfig config;
  private volatile GreenMail greenMail;

  public MailServer(LauncherConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "mail";
  }

  @Override
  public boolean isExternal() {
    return config.optional(Setting.SMTP_HOST).isPresent();
  }

  private String smtpHost() {
    return config.optional(Setting.SMTP_HOST).orElse("127.0.0.1");
  }

  @Override
  public void start() {
    if (isExternal() || greenMail != null) {
      return;
    }
    Ports.requireFree(name(), config, Setting.SMTP_PORT);
    Ports.requireFree(name(), config, Setting.IMAP_PORT);
    GreenMail server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(
                  config.port(Setting.SMTP_PORT), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(
                  config.port(Setting.IMAP_PORT), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    // demo mailboxes: any recipient gets one, opened with its address and any password
    server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
    greenMail = server;
  }

  @Override
  public void stop() {
    GreenMail running = greenMail;
    if (running != null) {
      running.stop();
      greenMail = null;
    }
  }

  /** Mail received so far (empty when external or stopped): for tests and demos. */
  public List<MimeMessage> received() {
    GreenMail running = greenMail;
    return running == null ? List.of() : List.of(running.getReceivedMessages());
  }

  /** Waits until {@code count} mails in total have arrived; false after {@code timeout}. */
  public boolean awaitReceived(int count, java.time.Duration timeout) {
    GreenMail running = greenMail;
    return running != null && running.waitForIncomingEmail(timeout.toMillis(), count);
  }

  @Override
  public Map<String, String> libertyEnv() {
    return Map.of(
        "NUSATRADE_SMTP_HOST", smtpHost(), "NUSATRADE_SMTP_PORT", config.get(Setting.SMTP_PORT));
  }

  @Override
  public String describe() {
    if (isExternal()) {
      return "smtp " + smtpHost() + ":" + config.get(Setting.SMTP_PORT);
    }
    return "smtp 127.0.0.1:"
        + config.port(Setting.SMTP_PORT)
        + ", read mail: imap://127.0.0.1:"
        + config.port(Setting.IMAP_PORT)
        + " (login = the recipient's address, any password)";
  }
}
