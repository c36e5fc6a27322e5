package id.nusatrade.workers;

import java.util.Map;

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
}
