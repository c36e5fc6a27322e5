package id.nusatrade.workers.runtime;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.WorkflowRequested;
import java.util.HashMap;
import java.util.Map;

/**
 * A bus event on {@code nusatrade.workflow} read as a Zeebe message: type {@code workflow.<message
 * name>}, payload {@link EventContracts#WORKFLOW} v1 {@code {"correlationKey": "...", "variables":
 * {...}}}. The message id is the event id, so a redelivered event is the same message. The variable
 * {@value #TENANT_ID} always comes from the envelope, never from the payload: a process instance
 * knows whose it is.
 */
public record WorkflowMessage(
    String name, String correlationKey, String messageId, Map<String, Object> variables) {
  public static final String TYPE_PREFIX = WorkflowRequested.TYPE_PREFIX;
  public static final String TENANT_ID = "tenantId";
  private static final PayloadCodec CODEC = new PayloadCodec();

  public WorkflowMessage {
    variables = Map.copyOf(variables);
  }

  /**
   * @throws PoisonEventException when the event can never become a message (wrong type, unknown
   *     schema version, no correlation key): redelivering it would not help
   */
  public static WorkflowMessage from(EventEnvelope event) {
    WorkflowRequested request = CODEC.decode(EventContracts.WORKFLOW, event);
    Map<String, Object> variables = new HashMap<>(request.variables());
    variables.put(TENANT_ID, event.tenantId().toString());
    return new WorkflowMessage(
        request.message(), request.correlationKey(), event.id().toString(), variables);
  }
}
