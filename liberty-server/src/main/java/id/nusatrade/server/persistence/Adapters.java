package id.nusatrade.server.persistence;

import id.nusatrade.compliance.audit.PostgresAuditTrail;
import id.nusatrade.domain.market.MarketQueries;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.platform.tenant.PostgresTenantRepository;
import id.nusatrade.tickstore.postgres.PostgresTickStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Binds the domain ports to their PostgreSQL adapters on the application's (non-owner) pool; the
 * audit chain's verification alone uses the owner's.
 */
@ApplicationScoped
public class Adapters {
  @Resource(lookup = "jdbc/nusatrade")
  DataSource app;

  /** The schema owner's small pool: only the audit chain's verification reads through it. */
  @Resource(lookup = "jdbc/nusatradeOwner")
  DataSource owner;

  @Produces
  @Singleton
  TenantRepository tenantRepository() {
    return new PostgresTenantRepository(app);
  }

  /** Market data on the PostgreSQL tick store: reads run under the feed's tenant (RLS). */
  @Produces
  @Singleton
  MarketQueries marketQueries() {
    return new MarketQueries(new PostgresTickStore(app));
  }

  @Produces
  @Singleton
  PostgresAuditTrail auditTrail() { // also the AuditTrail; the bus consumer needs appendOnce
    return new PostgresAuditTrail(app, owner);
  }
}
