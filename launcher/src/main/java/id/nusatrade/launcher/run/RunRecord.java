package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.RecordedProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What {@code run.pid} says: the supervisor, when it started, and the processes it runs. */
public record RunRecord(
    long supervisorPid,
    String supervisorMatch,
    Instant started,
    String healthUrl,
    List<RecordedProcess> processes) {

  public RunRecord {
    processes = List.copyOf(processes);
  }

  public RunRecord withHealthUrl(String url) {
    return new RunRecord(supervisorPid, supervisorMatch, started, url, processes);
  }

  public RunRecord withProcesses(List<RecordedProcess> more) {
    List<RecordedProcess> all = new ArrayList<>(processes);
    for (RecordedProcess p : more) {
      all.removeIf(existing -> existing.name().equals(p.name()));
      all.add(p);
    }
    return new RunRecord(supervisorPid, supervisorMatch, started, healthUrl, all);
  }
}
