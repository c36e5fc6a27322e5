package id.nusatrade.server.persistence;

import id.nusatrade.compliance.audit.PostgresAuditTrail;
import id.nusatrade.domain.market.MarketQueries;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.platform.tenant.PostgresTenantRepository;
import id.nusatrade.tickstore.TickStores;
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

  /**
   * Market data on the run's tick store ({@code NUSATRADE_TICK_STORE}, set by the launcher):
   * PostgreSQL, where reads run under the feed's tenant (RLS), or ClickHouse, whose every query
   * filters on the feed's tenant.
   */
  @Produces
  @Singleton
  TickStore tickStore() {
    return TickStores.fromEnvironment(System.getenv(), app);
  }

  @Produces
  @Singleton
  MarketQueries marketQueries(TickStore store) {
    return new MarketQueries(store);
  }

  @Produces
  @Singleton
  PostgresAuditTrail auditTrail() { // also the AuditTrail; the bus consumer needs appendOnce
    return new PostgresAuditTrail(app, owner);
  }
}
