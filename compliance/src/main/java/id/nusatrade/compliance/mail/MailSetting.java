package id.nusatrade.compliance.mail;

import id.nusatrade.platform.config.SettingKey;
import id.nusatrade.platform.config.SettingSpec;

/**
 * The SMTP server mail goes to: by default the embedded GreenMail on loopback the launcher starts;
 * any SMTP server by configuration.
 */
public enum MailSetting implements SettingKey {
  SMTP_HOST("NUSATRADE_SMTP_HOST", "127.0.0.1", "SMTP server host"),
  SMTP_PORT("NUSATRADE_SMTP_PORT", "3025", "SMTP server port (GreenMail's default: 3025)"),
  SMTP_STARTTLS(
      "NUSATRADE_SMTP_STARTTLS", "false", "require STARTTLS (true for a real mail provider)"),
  SMTP_USER("NUSATRADE_SMTP_USER", "", "SMTP login; empty: no authentication"),
  SMTP_PASSWORD("NUSATRADE_SMTP_PASSWORD", "", "SMTP password (never logged)"),
  FROM("NUSATRADE_MAIL_FROM", "no-reply@nusatrade.local", "sender address of platform e-mail"),
  TIMEOUT_MILLIS("NUSATRADE_SMTP_TIMEOUT_MILLIS", "10000", "connect and read timeout");

  private final SettingSpec spec;

  MailSetting(String envName, String defaultValue, String description) {
    this.spec = new SettingSpec(envName, defaultValue, description);
  }

  @Override
  public SettingSpec spec() {
    return spec;
  }
}
