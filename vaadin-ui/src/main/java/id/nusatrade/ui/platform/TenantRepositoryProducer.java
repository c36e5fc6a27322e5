package id.nusatrade.ui.platform;

import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.platform.tenant.PostgresTenantRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Chooses the {@link TenantRepository} adapter: PostgreSQL through the server's application data
 * source (the non-owner role, so row-level security applies). Swapping the adapter is a change here
 * only.
 */
@ApplicationScoped
public class TenantRepositoryProducer {
  @Resource(lookup = "jdbc/nusatrade")
  private DataSource dataSource;

  @Produces
  @ApplicationScoped
  TenantRepository tenants() {
    return new PostgresTenantRepository(dataSource);
  }
}
