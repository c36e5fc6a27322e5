package id.nusatrade.compliance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.nusatrade.compliance.mail.SmtpMailer;
import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contact verification with a real SMTP server (GreenMail on loopback) receiving the code. */
class ContactVerificationTest {
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  private final InMemoryApplications store = new InMemoryApplications();
  private final List<ApplicationId> signalled = new ArrayList<>();
  private Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  private GreenMail smtp;
  private ApplicationId id;

  @BeforeEach
  void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    id = ApplicationId.random(new SecureRandom());
    store.add(
        new Application(id, ApplicationsTest.siti(), ApplicationStatus.IN_PROGRESS, 7, T0, T0),
        "127.0.0.1");
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private ContactVerification verification() {
    SmtpMailer mailer =
        SmtpMailer.from(
            Map.of(
                    "NUSATRADE_SMTP_PORT",
                    Integer.toString(smtp.getSmtp().getPort()),
                    "NUSATRADE_SMTP_TIMEOUT_MILLIS",
                    "5000")
                ::get);
    return new ContactVerification(store, mailer, signalled::add, new SecureRandom(), clock);
  }

  private String mailedCode() throws Exception {
    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("siti@example.id");
    Matcher m = CODE.matcher(GreenMailUtil.getBody(received[0]));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void theMailedCodeVerifiesTheContactAndSignalsTheProcessOnce() throws Exception {
    assertThat(verification().issue(id, "siti@example.id")).isTrue();
    String code = mailedCode();
    assertThat(store.find(id).orElseThrow().status())
        .isEqualTo(ApplicationStatus.AWAITING_CONTACT_VERIFICATION);
    assertThat(store.codes.get(id).hash()).doesNotContain(code).hasSize(64);

    verification().verify(id, code);

    assertThat(signalled).containsExactly(id);
    assertThat(store.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
  }

  @Test
  void aRedeliveredJobSendsNoSecondMail() throws Exception {
    verification().issue(id, "siti@example.id");
    assertThat(verification().issue(id, "siti@example.id")).isFalse();

    assertThat(smtp.waitForIncomingEmail(1_000, 2)).isFalse();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aWrongCodeIsRefusedAndFiveWrongCodesLockEvenTheRightOne() throws Exception {
    verification().issue(id, "siti@example.id");
    String code = mailedCode();
    String wrong = code.equals("000000") ? "000001" : "000000";

    for (int i = 0; i < ContactVerification.MAX_FAILED_ATTEMPTS; i++) {
      assertThatThrownBy(() -> verification().verify(id, wrong))
          .isInstanceOf(InvalidCodeException.class)
          .hasMessageContaining("not the code");
    }
    assertThatThrownBy(() -> verification().verify(id, code))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("too many");
    assertThat(signalled).isEmpty();
  }

  @Test
  void aCodeExpiresAfterFifteenMinutes() throws Exception {
    verification().issue(id, "siti@example.id");
    String code = mailedCode();
    clock = Clock.fixed(T0.plus(Duration.ofMinutes(15)), ZoneOffset.UTC);

    assertThatThrownBy(() -> verification().verify(id, code))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void aCodeForAnApplicationWithoutOneIsUnknown() {
    assertThatThrownBy(() -> verification().verify(id, "123456"))
        .isInstanceOf(UnknownApplicationException.class);
  }
}
