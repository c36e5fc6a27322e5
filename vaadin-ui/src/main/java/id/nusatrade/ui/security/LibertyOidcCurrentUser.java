package id.nusatrade.ui.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CurrentUser} for the app running in Open Liberty behind {@code openidConnectClient-1.0}:
 * the user name is the request principal (the token's {@code preferred_username}), roles and the
 * tenant come from the ID token. The result is kept in the Vaadin session, which Liberty ties to
 * the authenticated browser session, so the token is read once per login.
 */
@ApplicationScoped
public class LibertyOidcCurrentUser implements CurrentUser {
  private static final String SESSION_KEY = SignedInUser.class.getName();

  @Override
  public Optional<SignedInUser> get() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedInUser cached) {
      return Optional.of(cached);
    }
    Optional<SignedInUser> user = fromRequest(VaadinRequest.getCurrent());
    if (session != null) {
      user.ifPresent(u -> session.setAttribute(SESSION_KEY, u));
    }
    return user;
  }

  private static Optional<SignedInUser> fromRequest(VaadinRequest request) {
    Principal principal = request == null ? null : request.getUserPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    Map<String, Object> claims = LibertyIdToken.claims();
    return TokenClaims.toUser(principal.getName(), claims, request::isUserInRole);
  }
}
