package id.nusatrade.ui.support;

import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.store.Draft;
import id.nusatrade.rules.store.PendingApproval;
import id.nusatrade.rules.store.PublishConflict;
import id.nusatrade.rules.store.RuleSetStore;
import id.nusatrade.rules.store.StoredVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule store's port in memory, with the PostgreSQL adapter's rules: versions numbered per area
 * from 1, a publish or rollback only when the live version is still the expected one.
 */
public final class InMemoryRuleSetStore implements RuleSetStore {
  private final Map<RuleArea, List<StoredVersion>> versions = new EnumMap<>(RuleArea.class);
  private final Map<RuleArea, Long> live = new EnumMap<>(RuleArea.class);
  private final Map<Long, Draft> drafts = new LinkedHashMap<>();
  private final Map<RuleArea, String> scenarios = new EnumMap<>(RuleArea.class);
  private final Map<Long, PendingApproval> pending = new LinkedHashMap<>();

  @Override
  public synchronized Optional<StoredVersion> live(RuleArea area) {
    Long v = live.get(area);
    return v == null ? Optional.empty() : version(area, v);
  }

  @Override
  public synchronized Optional<StoredVersion> version(RuleArea area, long version) {
    return versions.getOrDefault(area, List.of()).stream()
        .filter(v -> v.version() == version)
        .findFirst();
  }

  @Override
  public synchronized List<StoredVersion> versions(RuleArea area) {
    List<StoredVersion> all = new ArrayList<>(versions.getOrDefault(area, List.of()));
    all.sort(Comparator.comparingLong(StoredVersion::version).reversed());
    return all;
  }

  @Override
  public synchronized Draft saveDraft(
      RuleArea area,
      long baseVersion,
      String drl,
      String limits,
      String author,
      Instant at,
      String comment) {
    Draft d = new Draft(drafts.size() + 1L, area, baseVersion, drl, limits, author, at, comment);
    drafts.put(d.id(), d);
    return d;
  }

  @Override
  public synchronized Optional<Draft> draft(RuleArea area, long id) {
    return Optional.ofNullable(drafts.get(id)).filter(d -> d.area() == area);
  }

  @Override
  public synchronized StoredVersion publish(
      Draft draft, long expectedLive, String author, Instant at) throws PublishConflict {
    check(draft.area(), expectedLive);
    List<StoredVersion> list = versions.computeIfAbsent(draft.area(), a -> new ArrayList<>());
    StoredVersion v =
        new StoredVersion(
            draft.area(),
            list.size() + 1L,
            draft.drl(),
            draft.limits(),
            author,
            at,
            draft.comment());
    list.add(v);
    live.put(draft.area(), v.version());
    return v;
  }

  @Override
  public synchronized StoredVersion rollback(
      RuleArea area, long version, long expectedLive, String author, Instant at)
      throws PublishConflict {
    StoredVersion v =
        version(area, version)
            .orElseThrow(() -> new IllegalArgumentException("no version " + version));
    check(area, expectedLive);
    live.put(area, version);
    return v;
  }

  private void check(RuleArea area, long expectedLive) throws PublishConflict {
    long current = live.getOrDefault(area, 0L);
    if (current != expectedLive) {
      throw new PublishConflict(expectedLive, current);
    }
  }

  @Override
  public synchronized Optional<String> scenarios(RuleArea area) {
    return Optional.ofNullable(scenarios.get(area));
  }

  @Override
  public synchronized void saveScenarios(RuleArea area, String yaml, String author, Instant at) {
    scenarios.put(area, yaml);
  }

  @Override
  public synchronized void requestApproval(Draft draft, String requestedBy, Instant at) {
    pending.put(draft.id(), new PendingApproval(draft.id(), requestedBy, at));
  }

  @Override
  public synchronized Optional<PendingApproval> pendingApproval(RuleArea area, long draftId) {
    return draft(area, draftId).map(d -> pending.get(draftId));
  }

  @Override
  public synchronized List<PendingApproval> pendingApprovals(RuleArea area) {
    return pending.values().stream().filter(p -> drafts.get(p.draftId()).area() == area).toList();
  }

  @Override
  public synchronized void approved(long draftId, String approver, Instant at) {
    pending.remove(draftId);
  }
}
