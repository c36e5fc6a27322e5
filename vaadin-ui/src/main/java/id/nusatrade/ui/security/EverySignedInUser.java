package id.nusatrade.ui.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view every signed-in user may open, whatever their roles (the root URL that forwards each user
 * to their first page). Said explicitly because a view with neither this nor {@link AllowedRoles}
 * is open to nobody.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EverySignedInUser {}
