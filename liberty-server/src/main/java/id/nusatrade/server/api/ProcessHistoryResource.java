package id.nusatrade.server.api;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.history.ProcessHistory;
import id.nusatrade.history.ProcessHistoryService;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Process history for compliance officers (API.md): an instance's path, variables (secrets masked)
 * and decisions, its BPMN diagram, and the instances of an order. Another tenant's instance, or one
 * that belongs to no tenant, answers 404. Translation only: {@link ProcessHistoryService} reads.
 */
@Path("process-instances")
@RequestScoped
@Tag(name = "process-history")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ProcessHistoryResource {
  @Inject JsonWebToken token;
  @Inject ProcessHistoryService history;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller's tenant's process instances for an order, newest first")
  public List<ProcessHistoryViews.InstanceView> forOrder(@QueryParam("orderId") String orderId) {
    if (orderId == null || orderId.isBlank()) {
      throw new InvalidRequestException("query parameter orderId is required");
    }
    return history.forOrder(tenant(), orderId).stream()
        .map(ProcessHistoryViews.InstanceView::of)
        .toList();
  }

  @GET
  @Path("{key}/history")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Path taken, variables (secrets masked), who decided what and when")
  public ProcessHistoryViews.HistoryView history(@PathParam("key") String key) {
    return ProcessHistoryViews.HistoryView.of(find(key));
  }

  @GET
  @Path("{key}/diagram")
  @Produces(MediaType.APPLICATION_XML)
  @Operation(summary = "The BPMN the instance ran (as deployed)")
  public String diagram(@PathParam("key") String key) {
    String xml = find(key).bpmnXml();
    if (xml == null) {
      throw new NotFoundException("no diagram stored for process instance " + key);
    }
    return xml;
  }

  private ProcessHistory find(String key) {
    long parsed;
    try {
      parsed = Long.parseLong(key);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no process instance " + key);
    }
    return history
        .history(tenant(), parsed)
        .orElseThrow(() -> new NotFoundException("no process instance " + key));
  }

  private TenantId tenant() {
    return CallerTenant.of(TokenClaims.caller(token));
  }
}
