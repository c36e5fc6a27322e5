package id.nusatrade.ui.security;

import id.nusatrade.domain.tenant.Role;
import java.util.Arrays;

/**
 * Decides whether a signed-in user may open a view. Pure: no Vaadin session, no request. Deny is
 * the default: a view that declares neither {@link AllowedRoles} nor {@link EverySignedInUser} is
 * open to nobody, admins included, so a forgotten annotation locks a view instead of opening it.
 */
public final class AccessPolicy {
  private AccessPolicy() {}

  public static boolean mayOpen(SignedInUser user, Class<?> view) {
    if (view.isAnnotationPresent(EverySignedInUser.class)) {
      return true;
    }
    AllowedRoles allowed = view.getAnnotation(AllowedRoles.class);
    if (allowed == null) {
      return false;
    }
    return user.has(Role.ADMIN) || Arrays.stream(allowed.value()).anyMatch(user::has);
  }
}
