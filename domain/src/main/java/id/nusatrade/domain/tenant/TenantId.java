package id.nusatrade.domain.tenant;

import java.util.Objects;
import java.util.UUID;

/** Identity of a tenant. */
public record TenantId(UUID value) {
  public TenantId {
    Objects.requireNonNull(value, "tenant id");
  }

  public static TenantId of(String text) {
    return new TenantId(UUID.fromString(text));
  }

  public static TenantId random() {
    return new TenantId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
