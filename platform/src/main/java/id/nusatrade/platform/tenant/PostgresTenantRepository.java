package id.nusatrade.platform.tenant;

import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import id.nusatrade.platform.jdbc.TenantScopedJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Tenants and users in PostgreSQL. The queries filter by id only: isolation comes from row-level
 * security keyed on the caller's tenant, so asking for another tenant's id finds nothing. Both WARs
 * use this one adapter.
 */
public final class PostgresTenantRepository implements TenantRepository {
  private static final String TENANT =
      "select id, name, tier_code, time_zone from tenants where id = ?";
  private static final String USERS =
      "select id, tenant_id, username, email, roles from users order by username";
  private static final String USER =
      "select id, tenant_id, username, email, roles from users where id = ?";

  private final TenantScopedJdbc jdbc;

  /** {@code dataSource} connects as the application role (not the owner: RLS applies). */
  public PostgresTenantRepository(DataSource dataSource) {
    this.jdbc = new TenantScopedJdbc(dataSource);
  }

  @Override
  public Optional<Tenant> findTenant(TenantId caller, TenantId id) {
    return jdbc.inTenant(caller, c -> queryOne(c, TENANT, id.value(), TenantRows::tenant));
  }

  @Override
  public List<User> usersOf(TenantId caller) {
    return jdbc.inTenant(caller, PostgresTenantRepository::selectUsers);
  }

  @Override
  public Optional<User> findUser(TenantId caller, UserId id) {
    return jdbc.inTenant(caller, c -> queryOne(c, USER, id.value(), TenantRows::user));
  }

  private interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private static <T> Optional<T> queryOne(
      Connection connection, String sql, UUID id, RowMapper<T> mapper) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(mapper.map(row)) : Optional.empty();
      }
    }
  }

  private static List<User> selectUsers(Connection connection) throws SQLException {
    List<User> users = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(USERS);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        users.add(TenantRows.user(rows));
      }
    }
    return users;
  }
}
