package id.nusatrade.history;

import id.nusatrade.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads process history for compliance officers: the path taken, the variables with secrets masked
 * ({@link SecretMask}), and the decisions — the completions of jobs (user tasks completed as jobs,
 * or workers) that set {@code decidedBy} or {@code outcome}.
 */
public final class ProcessHistoryService {
  private static final Set<String> VISITED_INTENTS =
      Set.of("ELEMENT_ACTIVATED", "ELEMENT_COMPLETED", "SEQUENCE_FLOW_TAKEN");

  private final ProcessHistoryStore store;

  public ProcessHistoryService(ProcessHistoryStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The instance's history; empty when the key is unknown or belongs to another tenant. */
  public Optional<ProcessHistory> history(TenantId tenant, long processInstanceKey) {
    return store.load(tenant, processInstanceKey).map(ProcessHistoryService::assemble);
  }

  /** The tenant's process instances started for an order, newest first. */
  public List<ProcessHistory.Instance> forOrder(TenantId tenant, String orderId) {
    if (orderId == null || orderId.isBlank()) {
      throw new IllegalArgumentException("orderId: required");
    }
    return store.byOrder(tenant, orderId.trim());
  }

  static ProcessHistory assemble(ProcessHistoryStore.Rows rows) {
    List<ProcessHistory.Step> path = new ArrayList<>();
    Set<String> visited = new LinkedHashSet<>();
    Map<Long, String> scopes = new HashMap<>();
    long root = rows.instance().processInstanceKey();
    String processId = rows.instance().bpmnProcessId();
    scopes.put(root, processId == null ? "process" : processId);
    for (ProcessHistoryStore.ElementEvent e : rows.elements()) {
      path.add(new ProcessHistory.Step(e.elementId(), e.elementType(), e.intent(), e.at()));
      if (VISITED_INTENTS.contains(e.intent()) && !"PROCESS".equals(e.elementType())) {
        visited.add(e.elementId());
      }
      if (e.elementInstanceKey() != root) {
        scopes.putIfAbsent(e.elementInstanceKey(), e.elementId());
      }
    }
    Map<String, ProcessHistory.VariableValue> last = new LinkedHashMap<>();
    for (ProcessHistoryStore.VariableWrite v : rows.variables()) {
      String scope = scopes.getOrDefault(v.scopeKey(), String.valueOf(v.scopeKey()));
      last.put(
          v.scopeKey() + "\u0000" + v.name(),
          new ProcessHistory.VariableValue(
              scope, v.name(), SecretMask.value(v.name(), v.value()), v.at()));
    }
    List<ProcessHistory.Decision> decisions = new ArrayList<>();
    for (ProcessHistoryStore.JobEvent j : rows.jobs()) {
      if ("COMPLETED".equals(j.intent()) && (j.decidedBy() != null || j.outcome() != null)) {
        decisions.add(
            new ProcessHistory.Decision(
                j.elementId(), j.decidedBy(), j.outcome(), j.reason(), j.at()));
      }
    }
    return new ProcessHistory(
        rows.instance(),
        rows.bpmnXml(),
        List.copyOf(path),
        java.util.Collections.unmodifiableSet(visited),
        List.copyOf(last.values()),
        List.copyOf(decisions),
        rows.incidents());
  }
}
