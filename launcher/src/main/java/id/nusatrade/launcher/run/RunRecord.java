package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.RecordedProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code run.pid} says: the supervisor, when it started, the processes it runs, and how often
 * it restarted each supervised component (and which it gave up on).
 */
public record RunRecord(
    long supervisorPid,
    String supervisorMatch,
    Instant started,
    String healthUrl,
    List<RecordedProcess> processes,
    Map<String, Integer> restarts,
    List<String> gaveUp) {

  public RunRecord {
    processes = List.copyOf(processes);
    restarts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(restarts));
    gaveUp = List.copyOf(gaveUp);
  }

  /** A run with no restarts yet. */
  public RunRecord(
      long supervisorPid,
      String supervisorMatch,
      Instant started,
      String healthUrl,
      List<RecordedProcess> processes) {
    this(supervisorPid, supervisorMatch, started, healthUrl, processes, Map.of(), List.of());
  }

  public RunRecord withHealthUrl(String url) {
    return new RunRecord(supervisorPid, supervisorMatch, started, url, processes, restarts, gaveUp);
  }

  public RunRecord withProcesses(List<RecordedProcess> more) {
    List<RecordedProcess> all = new ArrayList<>(processes);
    for (RecordedProcess p : more) {
      all.removeIf(existing -> existing.name().equals(p.name()));
      all.add(p);
    }
    return new RunRecord(supervisorPid, supervisorMatch, started, healthUrl, all, restarts, gaveUp);
  }

  public RunRecord withRestarts(Map<String, Integer> counts, List<String> givenUp) {
    return new RunRecord(
        supervisorPid, supervisorMatch, started, healthUrl, processes, counts, givenUp);
  }

  /** Restarts of a component so far (0 when none, or when it is not supervised). */
  public int restartsOf(String component) {
    return restarts.getOrDefault(component, 0);
  }
}
