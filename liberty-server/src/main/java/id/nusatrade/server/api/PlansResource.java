package id.nusatrade.server.api;

import id.nusatrade.billing.catalog.Catalog;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog in force now: public, no login. */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "billing")
public class PlansResource {
  @Inject Catalog catalog;
  @Inject Clock clock;

  @GET
  @PermitAll
  @Operation(summary = "Tiers, plans, prices in IDR (before PPN), trial days and entitlements")
  public BillingViews.CatalogView plans() {
    return BillingViews.CatalogView.of(catalog.versionAt(clock.instant()));
  }
}
