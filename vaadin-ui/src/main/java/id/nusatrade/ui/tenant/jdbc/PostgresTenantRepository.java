package id.nusatrade.ui.tenant.jdbc;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import id.nusatrade.domain.time.IndonesianZone;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * {@link TenantRepository} over the {@code tenants} and {@code users} tables (liberty-server's
 * V2/V3 migrations), under RLS.
 */
public class PostgresTenantRepository implements TenantRepository {
  private static final String TENANT =
      "select id, name, tier_code, time_zone from tenants where id = ?";
  private static final String USERS =
      "select id, tenant_id, username, email, roles from users order by username";
  private static final String USER =
      "select id, tenant_id, username, email, roles from users where id = ?";

  private final TenantScopedQueries queries;

  public PostgresTenantRepository(DataSource dataSource) {
    this.queries = new TenantScopedQueries(dataSource);
  }

  @Override
  public Optional<Tenant> findTenant(TenantId caller, TenantId id) {
    return queries.list(caller, TENANT, id.value(), PostgresTenantRepository::tenant).stream()
        .findFirst();
  }

  @Override
  public List<User> usersOf(TenantId caller) {
    return queries.list(caller, USERS, null, PostgresTenantRepository::user);
  }

  @Override
  public Optional<User> findUser(TenantId caller, UserId id) {
    return queries.list(caller, USER, id.value(), PostgresTenantRepository::user).stream()
        .findFirst();
  }

  private static Tenant tenant(ResultSet rs) throws SQLException {
    return new Tenant(
        new TenantId(rs.getObject("id", java.util.UUID.class)),
        rs.getString("name"),
        Tier.valueOf(rs.getString("tier_code").toUpperCase(Locale.ROOT)),
        IndonesianZone.valueOf(rs.getString("time_zone").toUpperCase(Locale.ROOT)));
  }

  private static User user(ResultSet rs) throws SQLException {
    Array roles = rs.getArray("roles");
    return new User(
        new UserId(rs.getObject("id", java.util.UUID.class)),
        new TenantId(rs.getObject("tenant_id", java.util.UUID.class)),
        rs.getString("username"),
        rs.getString("email"),
        roles == null
            ? java.util.Set.of()
            : Arrays.stream((Object[]) roles.getArray())
                .map(r -> Role.fromClaim(r.toString()))
                .collect(Collectors.toSet()));
  }
}
