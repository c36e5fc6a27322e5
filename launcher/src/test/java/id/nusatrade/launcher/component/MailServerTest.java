package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The embedded mail server: what Liberty sends over SMTP a demo user reads over IMAP. */
class MailServerTest {
  @Test
  void mailSentOverSmtpIsReadOverImapWithTheRecipientsAddressAndAnyPassword() throws Exception {
    LauncherConfig config = LauncherConfig.defaults().withFreePorts();
    try (MailServer mail = new MailServer(config)) {
      mail.start();
      assertThat(mail.libertyEnv())
          .containsEntry("NUSATRADE_SMTP_HOST", "127.0.0.1")
          .containsEntry("NUSATRADE_SMTP_PORT", config.get(Setting.SMTP_PORT));

      Properties smtp = new Properties();
      smtp.put("mail.smtp.host", "127.0.0.1");
      smtp.put("mail.smtp.port", config.get(Setting.SMTP_PORT));
      MimeMessage message = new MimeMessage(Session.getInstance(smtp));
      message.setFrom(new InternetAddress("no-reply@nusatrade.local"));
      message.setRecipients(Message.RecipientType.TO, "siti@example.id");
      message.setSubject("Kode verifikasi / verification code");
      message.setText("123456");
      Transport.send(message);

      assertThat(mail.received()).hasSize(1);
      Store store = Session.getInstance(new Properties()).getStore("imap");
      store.connect("127.0.0.1", config.port(Setting.IMAP_PORT), "siti@example.id", "anything");
      try {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        assertThat(inbox.getMessageCount()).isEqualTo(1);
        assertThat(inbox.getMessage(1).getSubject())
            .isEqualTo("Kode verifikasi / verification code");
        assertThat(((String) inbox.getMessage(1).getContent()).strip()).isEqualTo("123456");
        inbox.close(false);
      } finally {
        store.close();
      }
      assertThat(mail.describe()).contains("imap://127.0.0.1:" + config.get(Setting.IMAP_PORT));
    }
  }

  @Test
  void anExternalSmtpServerReplacesTheEmbeddedOne() {
    LauncherConfig config =
        LauncherConfig.defaults()
            .with(Setting.SMTP_HOST, "smtp.example.id")
            .with(Setting.SMTP_PORT, "587");
    MailServer mail = new MailServer(config);
    mail.start(); // starts nothing

    assertThat(mail.isExternal()).isTrue();
    assertThat(mail.received()).isEmpty();
    assertThat(mail.libertyEnv())
        .containsEntry("NUSATRADE_SMTP_HOST", "smtp.example.id")
        .containsEntry("NUSATRADE_SMTP_PORT", "587");
  }
}
