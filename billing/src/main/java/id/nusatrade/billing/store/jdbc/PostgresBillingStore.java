package id.nusatrade.billing.store.jdbc;

import id.nusatrade.billing.apikey.KeyCredentials;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.platform.jdbc.TenantScopedJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Billing in PostgreSQL. Each {@link #inTenant} is one transaction scoped to the tenant by the
 * platform's {@link TenantScopedJdbc} (row-level security on every billing table).
 */
public final class PostgresBillingStore implements BillingStore {
  private final DataSource dataSource;
  private final TenantScopedJdbc tenants;

  public PostgresBillingStore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.tenants = new TenantScopedJdbc(dataSource);
  }

  @Override
  public Optional<TenantId> tenantOf(OrderId orderId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("select billing_tenant_of_order(?)")) {
      select.setString(1, orderId.value());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return Optional.ofNullable(row.getObject(1, UUID.class)).map(TenantId::new);
      }
    } catch (SQLException e) {
      throw new BillingStoreException("cannot route order " + orderId, e);
    }
  }

  @Override
  public Optional<KeyCredentials> apiKeyCredentials(String keyId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select tenant_id, owner, roles, secret_hash from billing_api_key_for_auth(?)")) {
      select.setString(1, keyId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new KeyCredentials(
                new TenantId(row.getObject(1, UUID.class)),
                row.getString(2),
                BillingRows.roles(row.getArray(3)),
                row.getBytes(4)));
      }
    } catch (SQLException e) {
      throw new BillingStoreException("cannot look up API key " + keyId, e);
    }
  }

  @Override
  public <T> T inTenant(TenantId tenant, Function<BillingTransaction, T> work) {
    return tenants.inTenant(tenant, c -> work.apply(new JdbcBillingTransaction(c, tenant)));
  }
}
