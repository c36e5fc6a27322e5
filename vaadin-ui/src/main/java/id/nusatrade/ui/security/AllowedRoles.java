package id.nusatrade.ui.security;

import id.nusatrade.domain.tenant.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may open a view (admins may open every view). A view without this annotation is
 * open to every signed-in user. Typed with the domain's {@link Role} so a misspelt role string
 * cannot silently lock a view.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedRoles {
  Role[] value();
}
