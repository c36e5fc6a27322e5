package id.nusatrade.rules.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.rules.engine.RuleArea;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every rule set change to the audit trail. Rule sets are the platform's, so the events
 * carry no tenant. A failing audit store is logged loudly and does not undo the change (as the
 * access audit does): the change is already in the rule store with its author and time.
 */
final class RuleAudit {
  static final String DRAFT = "rules.draft.created";
  static final String PUBLISH_REQUESTED = "rules.publish.requested";
  static final String PUBLISH = "rules.published";
  static final String APPROVE = "rules.publish.approved";
  static final String ROLLBACK = "rules.rolled-back";
  static final String SCENARIOS = "rules.scenarios.saved";

  private static final Logger LOG = LoggerFactory.getLogger(RuleAudit.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuditTrail trail;
  private final Clock clock;

  RuleAudit(AuditTrail trail, Clock clock) {
    this.trail = trail;
    this.clock = clock;
  }

  /** {@code details} as alternating names and values. */
  void record(String actor, String action, RuleArea area, String what, Object... details) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("area", area.id());
    for (int i = 0; i + 1 < details.length; i += 2) {
      payload.put(String.valueOf(details[i]), details[i + 1]);
    }
    String subject = "rule-set/" + area.id() + "/" + what;
    try {
      trail.append(
          new AuditEvent(
              null, actor, action, subject, clock.instant(), JSON.writeValueAsString(payload)));
    } catch (Exception e) {
      LOG.error("audit record lost: {} {} by {}", action, subject, actor, e);
    }
  }
}
