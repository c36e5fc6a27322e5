package id.nusatrade.compliance.onboarding;

import id.nusatrade.compliance.mail.Mailer;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Moves an application to the status a process step reached and tells the applicant by e-mail,
 * once: a step redelivered after its status was recorded mails nothing again. An abandoned
 * application's personal data is erased (it keeps its status and dates).
 */
public final class ApplicationNotices {
  private final ApplicationStore store;
  private final Mailer mailer;
  private final Clock clock;

  public ApplicationNotices(ApplicationStore store, Mailer mailer, Clock clock) {
    this.store = store;
    this.mailer = mailer;
    this.clock = clock;
  }

  /**
   * @return whether the status changed now (and the applicant was mailed)
   * @throws UnknownApplicationException no such application
   */
  public boolean reached(ApplicationId id, ApplicationStatus status, String detail) {
    return reached(id, status, () -> detail);
  }

  /**
   * As {@link #reached(ApplicationId, ApplicationStatus, String)}, with the detail made only when
   * the status changes now (the welcome sets a new temporary password for it).
   */
  public boolean reached(ApplicationId id, ApplicationStatus status, Supplier<String> detail) {
    Application application = store.find(id).orElseThrow(UnknownApplicationException::new);
    if (application.status() == status) {
      return false;
    }
    Instant now = clock.instant();
    if (application.registration() != null && application.registration().email() != null) {
      mailer.send(
          application.registration().email(), subject(status), body(id, status, detail.get()));
    }
    store.updateStatus(id, status, now);
    return true;
  }

  /** The application was abandoned: status ABANDONED and its personal data erased (idempotent). */
  public void abandoned(ApplicationId id) {
    Instant now = clock.instant();
    if (!store.updateStatus(id, ApplicationStatus.ABANDONED, now)) {
      throw new UnknownApplicationException();
    }
    store.erasePersonalData(id, now);
  }

  private static String subject(ApplicationStatus status) {
    return switch (status) {
      case ONBOARDED -> "Selamat datang di Nusatrade / Welcome to Nusatrade";
      case REJECTED -> "Permohonan Nusatrade ditolak / Nusatrade application declined";
      case RESUBMISSION_REQUESTED ->
          "Mohon kirim ulang data Anda / Please resubmit your application data";
      default -> "Permohonan Nusatrade / Nusatrade application: " + status;
    };
  }

  private static String body(ApplicationId id, ApplicationStatus status, String detail) {
    return "Permohonan / application %s: %s%n%s%n"
        .formatted(id, status, detail == null ? "" : detail);
  }
}
