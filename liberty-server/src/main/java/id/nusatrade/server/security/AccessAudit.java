package id.nusatrade.server.security;

import id.nusatrade.compliance.audit.BackgroundAppender;
import id.nusatrade.domain.audit.AuditActions;
import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes access decisions to the audit trail. A failing audit store is logged loudly but does not
 * turn a correct answer into an error: the API stays available and the missing records show as a
 * gap in the operator's alerts, not in the chain. Denials without a valid token (401) are the one
 * thing anyone can cause at no cost: they go through a {@link BackgroundAppender}, so the request
 * never waits on the chain head and a flood is recorded as its size.
 */
@ApplicationScoped
public class AccessAudit {
  private static final Logger LOG = Logger.getLogger(AccessAudit.class.getName());
  private static final String ANONYMOUS = "anonymous";
  private static final int DENIAL_QUEUE = 1_000;

  @Inject AuditTrail trail;
  @Inject Clock clock;
  private BackgroundAppender denials;

  @PostConstruct
  void start() {
    denials = new BackgroundAppender(trail, clock, AuditActions.UNAUTHENTICATED, DENIAL_QUEUE);
  }

  @PreDestroy
  void stop() {
    denials.close();
  }

  public void login(Caller caller, String request) {
    write(caller, AuditActions.LOGIN, "session/" + caller.session(), details(caller, request));
  }

  public void unauthenticated(String request, boolean tokenPresented) {
    JsonObjectBuilder payload = Json.createObjectBuilder().add("request", request);
    payload.add("status", 401).add("tokenPresented", tokenPresented);
    String json = payload.build().toString();
    denials.offer(
        new AuditEvent(
            null, ANONYMOUS, AuditActions.UNAUTHENTICATED, request, clock.instant(), json));
  }

  public void forbidden(Caller caller, String request) {
    String who = caller == null ? ANONYMOUS : caller.username();
    TenantId tenant = caller == null ? null : caller.tenant().orElse(null);
    JsonObjectBuilder payload =
        caller == null ? Json.createObjectBuilder() : details(caller, request);
    append(tenant, who, AuditActions.FORBIDDEN, request, payload.add("status", 403));
  }

  public void tenantRead(Caller caller, TenantId subject, String request) {
    write(caller, AuditActions.TENANT_READ, "tenant/" + subject, details(caller, request));
  }

  private JsonObjectBuilder details(Caller caller, String request) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    caller.roles().stream().map(Role::claim).sorted().forEach(roles::add);
    return Json.createObjectBuilder().add("request", request).add("roles", roles);
  }

  private void write(Caller caller, String action, String subject, JsonObjectBuilder payload) {
    append(caller.tenant().orElse(null), caller.username(), action, subject, payload);
  }

  private void append(
      TenantId tenant, String actor, String action, String subject, JsonObjectBuilder payload) {
    try {
      String json = payload.build().toString();
      trail.append(new AuditEvent(tenant, actor, action, subject, clock.instant(), json));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "audit record lost: " + action + " " + subject, e);
    }
  }
}
