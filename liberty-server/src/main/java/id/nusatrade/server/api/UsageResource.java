package id.nusatrade.server.api;

import id.nusatrade.billing.usage.UsageReport;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's use this month against each quota. */
@Path("usage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "billing")
@SecurityRequirement(name = "keycloak")
public class UsageResource {
  /** {@code quota} null: not capped per month (unlimited, or limited another way). */
  public record Line(String metric, long used, Long quota) {}

  public record UsageView(LocalDate periodStart, Instant resetsAt, List<Line> usage) {}

  @Inject JsonWebToken token;
  @Inject UsageService usage;

  @GET
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Use this calendar month (Jakarta) against the tier's quotas")
  public UsageView usage() {
    UsageReport report = usage.report(CallerTenant.of(TokenClaims.caller(token)));
    return new UsageView(
        report.periodStart(),
        report.resetsAt(),
        report.lines().stream()
            .map(
                l ->
                    new Line(
                        BillingViews.lower(l.metric()),
                        l.used(),
                        l.quota().isPresent() ? l.quota().getAsLong() : null))
            .toList());
  }
}
