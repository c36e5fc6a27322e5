package id.nusatrade.compliance.account;

import java.util.Optional;

/** Port: the user directory traders log in with (Keycloak in the platform). */
public interface IdentityProvider {
  /**
   * The user with exactly this username.
   *
   * @throws IdentityProviderException the directory cannot be reached or answered an error
   */
  Optional<DirectoryUser> findByUsername(String username);

  /**
   * Creates the user enabled, with its e-mail verified and the given attributes.
   *
   * @return the new user's id
   * @throws UsernameTakenException the username or the e-mail belongs to another user
   * @throws IdentityProviderException technical failure (retry)
   */
  String create(NewDirectoryUser user);

  /** Grants the realm role (granting it again changes nothing). */
  void grantRealmRole(String userId, String role);

  /**
   * Sets a password the user must replace at the first login ({@code temporary}) or a permanent
   * one.
   */
  void setPassword(String userId, String password, boolean temporary);
}
