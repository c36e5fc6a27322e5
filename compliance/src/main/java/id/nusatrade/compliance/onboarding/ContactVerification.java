package id.nusatrade.compliance.onboarding;

import id.nusatrade.compliance.mail.Mailer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The applicant proves the e-mail address: a six-digit code is mailed (only its hash is kept), and
 * the right code within {@link #CODE_TTL} and {@link #MAX_FAILED_ATTEMPTS} verifies the contact and
 * signals the process. Issuing is idempotent: once a code went out, a redelivered job sends nothing
 * again; a code stored but not sent (the mail failed) is replaced by a new one on the retry.
 */
public final class ContactVerification {
  /** As the process's timer ({@code Onboarding.VERIFICATION_CODE_TTL}). */
  public static final Duration CODE_TTL = Duration.ofMinutes(15);

  public static final int MAX_FAILED_ATTEMPTS = 5;

  private final ApplicationStore store;
  private final Mailer mailer;
  private final ContactVerifiedSignal signal;
  private final SecureRandom random;
  private final Clock clock;

  public ContactVerification(
      ApplicationStore store,
      Mailer mailer,
      ContactVerifiedSignal signal,
      SecureRandom random,
      Clock clock) {
    this.store = store;
    this.mailer = mailer;
    this.signal = signal;
    this.random = random;
    this.clock = clock;
  }

  /**
   * Mails a code to {@code email} unless one was sent already.
   *
   * @return whether a mail was sent now
   */
  public boolean issue(ApplicationId id, String email) {
    if (store.verificationCode(id).map(c -> c.sentAt() != null).orElse(false)) {
      return false;
    }
    String code = "%06d".formatted(random.nextInt(1_000_000));
    Instant now = clock.instant();
    store.saveVerificationCode(id, hash(id, code), now.plus(CODE_TTL));
    mailer.send(
        email,
        "Kode verifikasi Nusatrade / Nusatrade verification code",
        """
        Kode verifikasi Anda: %s (berlaku 15 menit).
        Your verification code: %s (valid for 15 minutes).

        Permohonan / application: %s
        """
            .formatted(code, code, id));
    store.markCodeSent(id, now);
    store.updateStatus(id, ApplicationStatus.AWAITING_CONTACT_VERIFICATION, now);
    return true;
  }

  /**
   * Checks the code; the right one verifies the contact (again: nothing new) and signals the
   * process.
   *
   * @throws UnknownApplicationException no such application, or no code issued yet
   * @throws InvalidCodeException wrong, expired or too many wrong tries
   */
  public void verify(ApplicationId id, String code) {
    VerificationCode stored =
        store.verificationCode(id).orElseThrow(UnknownApplicationException::new);
    Instant now = clock.instant();
    if (stored.verifiedAt() == null) {
      if (stored.failedAttempts() >= MAX_FAILED_ATTEMPTS) {
        throw new InvalidCodeException("code: too many wrong codes; register again");
      }
      if (!now.isBefore(stored.expiresAt())) {
        throw new InvalidCodeException("code: expired; register again");
      }
      if (code == null
          || !MessageDigest.isEqual(
              hash(id, code.strip()).getBytes(StandardCharsets.US_ASCII),
              stored.hash().getBytes(StandardCharsets.US_ASCII))) {
        store.countFailedAttempt(id);
        throw new InvalidCodeException("code: not the code we sent");
      }
      store.markContactVerified(id, now);
      store.updateStatus(id, ApplicationStatus.IN_PROGRESS, now);
    }
    signal.contactVerified(id);
  }

  static String hash(ApplicationId id, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest((id + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
