package id.nusatrade.compliance.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: onboarding applications (table {@code onboarding_application}). */
public interface ApplicationStore {
  /** Stores a new application with the client address it came from. */
  void add(Application application, String clientAddress);

  Optional<Application> find(ApplicationId id);

  /** Applications stored before {@code before} whose process is not started yet, oldest first. */
  List<Application> unstarted(Instant before, int limit);

  /** Records the started process; false when it was already started (by another node). */
  boolean markStarted(ApplicationId id, long processInstanceKey, Instant at);

  /** Moves the application to {@code status}; false when there is no such application. */
  boolean updateStatus(ApplicationId id, ApplicationStatus status, Instant at);

  /** Erases the personal data (UU PDP: abandoned applications keep no personal data). */
  boolean erasePersonalData(ApplicationId id, Instant at);
}
