package id.nusatrade.billing.store.jdbc;

import id.nusatrade.billing.apikey.KeyCredentials;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Billing in PostgreSQL. Each {@link #inTenant} is one transaction whose first statement sets the
 * transaction-local {@code app.tenant_id}, so it ends with the commit and a pooled connection never
 * carries a tenant into the next unit of work.
 */
public final class PostgresBillingStore implements BillingStore {
  private final DataSource dataSource;

  public PostgresBillingStore(DataSource dataSource) {
    this.dataSource = dataSource;
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
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        try (PreparedStatement set =
            connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
          set.setString(1, tenant.toString());
          set.execute();
        }
        T result = work.apply(new JdbcBillingTransaction(connection, tenant));
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new BillingStoreException("billing work for tenant " + tenant + " failed", e);
    }
  }
}
