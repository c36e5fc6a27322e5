package id.nusatrade.rules.model;

import java.util.Objects;

/** A subscriber asks for something the tier limits govern; {@code feature} only for FEATURE. */
public record TierRequest(RequestKind kind, String feature) {
  public TierRequest {
    Objects.requireNonNull(kind, "kind");
    feature = feature == null ? "" : feature;
  }
}
