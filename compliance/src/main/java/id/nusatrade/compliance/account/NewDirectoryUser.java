package id.nusatrade.compliance.account;

import java.util.Map;
import java.util.Objects;

/** A user to create: enabled, e-mail verified (the onboarding verified it), with attributes. */
public record NewDirectoryUser(
    String username,
    String email,
    String firstName,
    String lastName,
    Map<String, String> attributes) {
  public NewDirectoryUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    attributes = Map.copyOf(attributes);
  }
}
