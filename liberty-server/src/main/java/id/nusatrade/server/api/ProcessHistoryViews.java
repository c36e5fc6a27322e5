package id.nusatrade.server.api;

import id.nusatrade.history.ProcessHistory;
import java.time.Instant;
import java.util.List;

/**
 * JSON of process history; engine keys as strings (they exceed what a JSON number safely holds).
 */
final class ProcessHistoryViews {
  private ProcessHistoryViews() {}

  /** An instance found for an order, with the link to its history. */
  public record InstanceView(
      String processInstanceKey,
      String bpmnProcessId,
      Integer version,
      String orderId,
      String state,
      Instant startedAt,
      Instant endedAt,
      String history) {

    static InstanceView of(ProcessHistory.Instance i) {
      String key = String.valueOf(i.processInstanceKey());
      return new InstanceView(
          key,
          i.bpmnProcessId(),
          i.version(),
          i.orderId(),
          i.state(),
          i.startedAt(),
          i.endedAt(),
          "/api/v1/process-instances/" + key + "/history");
    }
  }

  /** The history: which process, the path taken, variables (secrets masked), decisions. */
  public record HistoryView(
      InstanceView instance,
      String processDefinitionKey,
      String diagram,
      List<ProcessHistory.Step> path,
      List<String> visitedElements,
      List<ProcessHistory.VariableValue> variables,
      List<ProcessHistory.Decision> decisions,
      List<ProcessHistory.Incident> incidents) {

    static HistoryView of(ProcessHistory h) {
      InstanceView instance = InstanceView.of(h.instance());
      return new HistoryView(
          instance,
          h.instance().processDefinitionKey() == null
              ? null
              : String.valueOf(h.instance().processDefinitionKey()),
          h.bpmnXml() == null
              ? null
              : "/api/v1/process-instances/" + instance.processInstanceKey() + "/diagram",
          h.path(),
          List.copyOf(h.visitedElements()),
          h.variables(),
          h.decisions(),
          h.incidents());
    }
  }
}
