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
}
