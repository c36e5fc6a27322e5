package id.nusatrade.history;

import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The exporter's rows as they are stored, read within one tenant. */
public interface ProcessHistoryStore {

  /** Everything stored about one instance; empty when unknown or another tenant's. */
  Optional<Rows> load(TenantId tenant, long processInstanceKey);

  /** The tenant's instances started for an order (variable {@code orderId}), newest first. */
  List<ProcessHistory.Instance> byOrder(TenantId tenant, String orderId);

  /** The stored rows of one instance, each list in record order. */
  record Rows(
      ProcessHistory.Instance instance,
      String bpmnXml,
      List<ElementEvent> elements,
      List<VariableWrite> variables,
      List<JobEvent> jobs,
      List<ProcessHistory.Incident> incidents) {}

  record ElementEvent(
      long elementInstanceKey, String elementId, String elementType, String intent, Instant at) {}

  record VariableWrite(long scopeKey, String name, String value, Instant at) {}

  record JobEvent(
      String elementId,
      String jobType,
      String intent,
      String decidedBy,
      String outcome,
      String reason,
      Instant at) {}
}
