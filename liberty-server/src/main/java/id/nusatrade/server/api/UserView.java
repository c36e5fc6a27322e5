package id.nusatrade.server.api;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.User;
import java.util.List;

/** A user as the API shows it; roles by their token names. */
public record UserView(
    String id, String tenantId, String username, String email, List<String> roles) {
  static UserView of(User user) {
    List<String> roles = user.roles().stream().map(Role::claim).sorted().toList();
    return new UserView(
        user.id().toString(), user.tenantId().toString(), user.username(), user.email(), roles);
  }
}
