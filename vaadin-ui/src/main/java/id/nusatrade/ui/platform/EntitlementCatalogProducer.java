package id.nusatrade.ui.platform;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.domain.billing.EntitlementCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** What each tier includes and costs: the billing module's catalog, read once. */
@ApplicationScoped
public class EntitlementCatalogProducer {
  @Produces
  @Singleton
  EntitlementCatalog catalog() {
    return Catalog.standard();
  }
}
