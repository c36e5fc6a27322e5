package id.nusatrade.domain.tenant;

import java.util.Objects;
import java.util.UUID;

/** Identity of a user inside a tenant. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "user id");
  }

  public static UserId of(String text) {
    return new UserId(UUID.fromString(text));
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
