package id.nusatrade.compliance.onboarding;

import java.time.Instant;
import java.util.Objects;

/**
 * An onboarding application as stored: the registration (personal data, erased when the application
 * is abandoned, so {@code registration} is then null), where it stands, and its process instance
 * once started.
 *
 * @param processInstanceKey 0 until the process has been started
 */
public record Application(
    ApplicationId id,
    Registration registration,
    ApplicationStatus status,
    long processInstanceKey,
    Instant createdAt,
    Instant updatedAt) {
  public Application {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public boolean started() {
    return processInstanceKey != 0;
  }
}
