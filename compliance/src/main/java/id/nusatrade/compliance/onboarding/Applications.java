package id.nusatrade.compliance.onboarding;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Public registrations: a valid form is stored first (nothing is lost when the engine is down),
 * then its {@code onboarding} process is started; an application the engine could not take yet
 * stays {@link ApplicationStatus#RECEIVED} and {@link #startPending} starts it later. The id handed
 * back is the applicant's only key to the application's status.
 */
public final class Applications {
  private static final Logger LOG = Logger.getLogger(Applications.class.getName());
  private static final int PENDING_BATCH = 50;

  /**
   * An application younger than this is left to its own registration's start, so the retry and the
   * registration do not both start it.
   */
  static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  private final ApplicationStore store;
  private final OnboardingProcessStarter starter;
  private final ResubmissionSignal resubmissions;
  private final SecureRandom random;
  private final Clock clock;

  public Applications(
      ApplicationStore store,
      OnboardingProcessStarter starter,
      ResubmissionSignal resubmissions,
      SecureRandom random,
      Clock clock) {
    this.store = store;
    this.starter = starter;
    this.resubmissions = resubmissions;
    this.random = random;
    this.clock = clock;
  }

  /**
   * @throws id.nusatrade.compliance.kyc.InvalidIdentityException naming the first wrong field;
   *     nothing is stored then
   */
  public Application register(Registration registration, String clientAddress) {
    registration.validate();
    Instant now = clock.instant();
    Application application =
        new Application(
            ApplicationId.random(random), registration, ApplicationStatus.RECEIVED, 0, now, now);
    store.add(application, clientAddress);
    return tryStart(application);
  }

  /**
   * The applicant's corrected data, when the process asked for it: checked like a registration,
   * handed to the waiting process, then stored.
   *
   * @throws ResubmissionNotExpectedException when the application is not waiting for it
   */
  public Application resubmit(ApplicationId id, Registration corrected) {
    corrected.validate();
    Application application = status(id);
    if (application.status() != ApplicationStatus.RESUBMISSION_REQUESTED) {
      throw new ResubmissionNotExpectedException(application.status());
    }
    resubmissions.resubmitted(id, corrected);
    store.resubmit(id, corrected, clock.instant());
    return status(id);
  }

  /** The application, for the holder of its id. */
  public Application status(ApplicationId id) {
    return store.find(id).orElseThrow(UnknownApplicationException::new);
  }

  /** Starts the processes of applications stored while the engine was unreachable. */
  public int startPending() {
    int started = 0;
    for (Application application :
        store.unstarted(clock.instant().minus(RETRY_AFTER), PENDING_BATCH)) {
      if (tryStart(application).started()) {
        started++;
      } else {
        break; // the engine is still away: try again on the next round
      }
    }
    return started;
  }

  private Application tryStart(Application application) {
    long key;
    try {
      key = starter.start(application.id(), application.registration());
    } catch (RuntimeException engineAway) {
      LOG.log(
          Level.WARNING,
          "onboarding application {0} stored; its process starts when the engine answers: {1}",
          new Object[] {application.id(), engineAway.getMessage()});
      return application;
    }
    Instant now = clock.instant();
    store.markStarted(application.id(), key, now);
    return new Application(
        application.id(),
        application.registration(),
        ApplicationStatus.IN_PROGRESS,
        key,
        application.createdAt(),
        now);
  }
}
