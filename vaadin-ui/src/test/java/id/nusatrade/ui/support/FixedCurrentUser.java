package id.nusatrade.ui.support;

import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import java.util.Optional;

/** The user a browserless test is "logged in" as. */
public record FixedCurrentUser(SignedInUser user) implements CurrentUser {
  @Override
  public Optional<SignedInUser> get() {
    return Optional.of(user);
  }
}
