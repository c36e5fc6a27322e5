package id.nusatrade.compliance.account;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A user as the directory has it: id, username and its attributes (single values shown). */
public record DirectoryUser(String id, String username, Map<String, List<String>> attributes) {
  public DirectoryUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** The attribute's first value. */
  public Optional<String> attribute(String name) {
    List<String> values = attributes.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
  }
}
