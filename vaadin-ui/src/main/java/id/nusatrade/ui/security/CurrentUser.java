package id.nusatrade.ui.security;

import java.util.Optional;

/**
 * Port: who is logged in for the current request. Views and the route guard depend on this, never
 * on the servlet request or the OpenID Connect token, so they run in browserless tests.
 */
public interface CurrentUser {
  /** Empty when the request carries no authenticated identity (or no tenant claim). */
  Optional<SignedInUser> get();
}
