package id.nusatrade.workers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a handler sees of a job: plain values, so handlers are unit-tested without an engine.
 *
 * @param retriesLeft retries the job has before this attempt fails (from the engine)
 */
public record JobInput(long key, String type, int retriesLeft, Map<String, Object> variables) {
  public JobInput {
    variables = Map.copyOf(variables);
  }

  /** A text variable, or null when absent. */
  public String text(String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }

  /** A text variable that must be present and not blank. */
  public String requireText(String name) {
    String value = text(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("job " + type + " needs variable " + name);
    }
    return value;
  }

  /** A whole-number variable, or {@code fallback} when absent. */
  public int integer(String name, int fallback) {
    Object value = variables.get(name);
    return value instanceof Number n
        ? n.intValue()
        : value == null ? fallback : Integer.parseInt(value.toString());
  }

  /** A boolean variable; absent is false. */
  public boolean flag(String name) {
    Object value = variables.get(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A list-of-objects variable (JSON array of objects); absent is empty. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> objects(String name) {
    Object value = variables.get(name);
    return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  /**
   * An event id derived from this job: the same job handed out again yields the same id, so what it
   * publishes is recognised as a duplicate downstream.
   */
  public UUID eventId() {
    return UUID.nameUUIDFromBytes((type + "/" + key).getBytes(StandardCharsets.UTF_8));
  }
}
