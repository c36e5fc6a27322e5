package id.nusatrade.platform.tenant;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import id.nusatrade.domain.time.IndonesianZone;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Row mapping for {@code tenants} and {@code users}. */
final class TenantRows {
  private TenantRows() {}

  static Tenant tenant(ResultSet row) throws SQLException {
    return new Tenant(
        new TenantId(row.getObject("id", UUID.class)),
        row.getString("name"),
        Tier.valueOf(row.getString("tier_code").toUpperCase(Locale.ROOT)),
        IndonesianZone.valueOf(row.getString("time_zone").toUpperCase(Locale.ROOT)));
  }

  static User user(ResultSet row) throws SQLException {
    return new User(
        new UserId(row.getObject("id", UUID.class)),
        new TenantId(row.getObject("tenant_id", UUID.class)),
        row.getString("username"),
        row.getString("email"),
        roles(row.getArray("roles")));
  }

  private static Set<Role> roles(Array array) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (array == null) {
      return roles;
    }
    for (Object claim : (Object[]) array.getArray()) {
      roles.add(Role.fromClaim((String) claim));
    }
    return roles;
  }
}
