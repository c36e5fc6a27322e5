package id.nusatrade.messaging.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code workflow.<message name>} v1: a bus event the workers relay to the process engine as a
 * message (docs/workflows.md). The tenant is the envelope's, never a variable.
 *
 * @param message the process message name (the event type less {@code workflow.}); not on the wire
 * @param correlationKey which process instance the message is for
 * @param variables the message's process variables; optional, null values dropped
 */
public record WorkflowRequested(
    @JsonIgnore String message, String correlationKey, Map<String, Object> variables) {
  public static final String TYPE_PREFIX = "workflow.";

  public WorkflowRequested {
    Checks.text(correlationKey, "correlationKey");
    Map<String, Object> copy = new LinkedHashMap<>(variables == null ? Map.of() : variables);
    copy.values().removeIf(Objects::isNull);
    variables = Collections.unmodifiableMap(copy);
  }

  /** The event type of this message. */
  public String eventType() {
    return TYPE_PREFIX + Checks.text(message, "message");
  }
}
