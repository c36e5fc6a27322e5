package id.nusatrade.history;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an officer sees of one process instance: which process (BPMN id, version, diagram), the path
 * it took, its variables with secrets masked, who decided what and when, and its incidents.
 *
 * @param visitedElements the ids of elements and sequence flows the instance reached (the diagram's
 *     markers)
 * @param bpmnXml the deployed BPMN, or null when the exporter has not written its definition
 */
public record ProcessHistory(
    Instance instance,
    String bpmnXml,
    List<Step> path,
    Set<String> visitedElements,
    List<VariableValue> variables,
    List<Decision> decisions,
    List<Incident> incidents) {

  /** The instance's summary (also what a search by order returns). */
  public record Instance(
      long processInstanceKey,
      String bpmnProcessId,
      Integer version,
      Long processDefinitionKey,
      String orderId,
      String state,
      Instant startedAt,
      Instant endedAt) {}

  /** One step of the path: an element activated, completed or terminated, or a flow taken. */
  public record Step(String elementId, String elementType, String intent, Instant at) {}

  /**
   * A variable's last value in its scope ({@code scope} is the element id, or the process id for
   * the instance's own variables), JSON with secrets replaced by {@value SecretMask#MASK}.
   */
  public record VariableValue(String scope, String name, String value, Instant updatedAt) {}

  /** A decision: the task that took it, who, the outcome and the reason. */
  public record Decision(
      String elementId, String decidedBy, String outcome, String reason, Instant at) {}

  public record Incident(
      String elementId, String errorType, String errorMessage, String intent, Instant at) {}
}
