package id.nusatrade.ui.security;

import id.nusatrade.domain.tenant.Role;
import java.util.Arrays;

/** Decides whether a signed-in user may open a view. Pure: no Vaadin session, no request. */
public final class AccessPolicy {
  private AccessPolicy() {}

  public static boolean mayOpen(SignedInUser user, Class<?> view) {
    if (user.has(Role.ADMIN)) {
      return true;
    }
    AllowedRoles allowed = view.getAnnotation(AllowedRoles.class);
    if (allowed == null) {
      return true;
    }
    return Arrays.stream(allowed.value()).anyMatch(user::has);
  }
}
