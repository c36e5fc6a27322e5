package id.nusatrade.server.api;

import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoicePdf;
import id.nusatrade.billing.invoice.InvoiceText;
import id.nusatrade.billing.invoice.Invoices;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.server.security.Roles;
import id.nusatrade.server.security.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's invoices and credit notes; another tenant's id is 404, like a missing one. */
@Path("invoices")
@RequestScoped
@Tag(name = "billing")
@SecurityRequirement(name = "keycloak")
public class InvoiceResource {
  @Inject JsonWebToken token;
  @Inject Invoices invoices;
  @Inject TenantRepository tenants;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "Invoices and credit notes, newest first")
  public List<BillingViews.InvoiceView> list() {
    TenantId tenant = CallerTenant.of(TokenClaims.caller(token));
    return invoices.of(tenant).stream().map(BillingViews.InvoiceView::of).toList();
  }

  @GET
  @Path("{id}.pdf")
  @Produces("application/pdf")
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "The invoice as PDF, in Bahasa Indonesia (default) or English (lang=en)")
  public Response pdf(
      @PathParam("id") String id,
      @QueryParam("lang") String lang,
      @HeaderParam("Accept-Language") String acceptLanguage) {
    TenantId tenant = CallerTenant.of(TokenClaims.caller(token));
    Invoice invoice = find(tenant, id);
    String name = tenants.findTenant(tenant, tenant).map(Tenant::name).orElse(tenant.toString());
    byte[] pdf =
        InvoicePdf.render(
            invoice, name, InvoiceText.forLanguage(lang != null ? lang : acceptLanguage));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + invoice.printedNumber() + ".pdf\"")
        .build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TRADER)
  @Operation(summary = "One invoice or credit note")
  public BillingViews.InvoiceView one(@PathParam("id") String id) {
    return BillingViews.InvoiceView.of(find(CallerTenant.of(TokenClaims.caller(token)), id));
  }

  private Invoice find(TenantId tenant, String id) {
    return invoices
        .find(tenant, new InvoiceId(Ids.uuid(id, "invoice id")))
        .orElseThrow(() -> new NotFoundException("invoice not found"));
  }
}
