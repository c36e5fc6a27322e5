package id.nusatrade.compliance.onboarding;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ApplicationStore} in memory for the service's unit tests. */
final class InMemoryApplications implements ApplicationStore {
  final Map<ApplicationId, Application> rows = new LinkedHashMap<>();

  @Override
  public void add(Application application, String clientAddress) {
    rows.put(application.id(), application);
  }

  @Override
  public Optional<Application> find(ApplicationId id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public List<Application> unstarted(Instant before, int limit) {
    return rows.values().stream()
        .filter(a -> !a.started() && a.createdAt().isBefore(before))
        .sorted(Comparator.comparing(Application::createdAt))
        .limit(limit)
        .toList();
  }

  @Override
  public boolean markStarted(ApplicationId id, long key, Instant at) {
    Application a = rows.get(id);
    if (a == null || a.started()) {
      return false;
    }
    rows.put(
        id,
        new Application(
            id, a.registration(), ApplicationStatus.IN_PROGRESS, key, a.createdAt(), at));
    return true;
  }

  @Override
  public boolean updateStatus(ApplicationId id, ApplicationStatus status, Instant at) {
    Application a = rows.get(id);
    if (a == null) {
      return false;
    }
    rows.put(
        id,
        new Application(id, a.registration(), status, a.processInstanceKey(), a.createdAt(), at));
    return true;
  }

  @Override
  public boolean erasePersonalData(ApplicationId id, Instant at) {
    Application a = rows.get(id);
    if (a == null) {
      return false;
    }
    rows.put(id, new Application(id, null, a.status(), a.processInstanceKey(), a.createdAt(), at));
    return true;
  }

  final Map<ApplicationId, VerificationCode> codes = new LinkedHashMap<>();

  @Override
  public Optional<VerificationCode> verificationCode(ApplicationId id) {
    return Optional.ofNullable(codes.get(id));
  }

  @Override
  public void saveVerificationCode(ApplicationId id, String hash, Instant expiresAt) {
    VerificationCode c = codes.get(id);
    if (c == null || (c.sentAt() == null && c.verifiedAt() == null)) {
      codes.put(id, new VerificationCode(hash, expiresAt, null, 0, null));
    }
  }

  @Override
  public void markCodeSent(ApplicationId id, Instant at) {
    VerificationCode c = codes.get(id);
    codes.put(id, new VerificationCode(c.hash(), c.expiresAt(), at, c.failedAttempts(), null));
  }

  @Override
  public void countFailedAttempt(ApplicationId id) {
    VerificationCode c = codes.get(id);
    codes.put(
        id,
        new VerificationCode(
            c.hash(), c.expiresAt(), c.sentAt(), c.failedAttempts() + 1, c.verifiedAt()));
  }

  @Override
  public void markContactVerified(ApplicationId id, Instant at) {
    VerificationCode c = codes.get(id);
    codes.put(
        id,
        new VerificationCode(
            c.hash(),
            c.expiresAt(),
            c.sentAt(),
            c.failedAttempts(),
            c.verifiedAt() == null ? at : c.verifiedAt()));
  }

  @Override
  public boolean resubmit(ApplicationId id, Registration corrected, Instant at) {
    Application a = rows.get(id);
    if (a == null || a.status() != ApplicationStatus.RESUBMISSION_REQUESTED) {
      return false;
    }
    rows.put(
        id,
        new Application(
            id,
            corrected,
            ApplicationStatus.IN_PROGRESS,
            a.processInstanceKey(),
            a.createdAt(),
            at));
    return true;
  }
}
