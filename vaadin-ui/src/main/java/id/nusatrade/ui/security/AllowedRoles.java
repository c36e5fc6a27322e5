package id.nusatrade.ui.security;

import id.nusatrade.domain.tenant.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may open a view (admins may open every view that has this annotation). A view
 * without it (and without {@link EverySignedInUser}) is open to nobody. Typed with the domain's
 * {@link Role} so a misspelt role string cannot silently lock a view.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedRoles {
  Role[] value();
}
