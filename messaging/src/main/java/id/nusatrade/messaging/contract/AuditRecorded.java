package id.nusatrade.messaging.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code audit.<action>} v1: who did what to what, for the compliance hash chain.
 *
 * @param action dotted lower case, e.g. {@code compliance.review.closed}
 * @param subject what was acted on, e.g. {@code review-task/42}
 * @param details any JSON values, kept as sent (null: none)
 */
public record AuditRecorded(
    String actor, String action, String subject, Map<String, Object> details) {
  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  public AuditRecorded {
    Checks.text(actor, "actor");
    Checks.text(subject, "subject");
    if (action == null || !ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException(
          "'action' must be dotted lower case (e.g. compliance.review.closed): " + action);
    }
    details =
        details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }
}
