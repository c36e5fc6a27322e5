package id.nusatrade.compliance.onboarding;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;

/**
 * An onboarding application's id. It is also the applicant's only credential for reading the
 * application's status ({@code GET /onboarding/{id}}), so it is a random (version 4) UUID drawn
 * from a {@link SecureRandom}: 122 unguessable bits.
 */
public record ApplicationId(UUID value) {
  public ApplicationId {
    Objects.requireNonNull(value, "value");
  }

  /** A fresh unguessable id. */
  public static ApplicationId random(SecureRandom random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (bytes[i] & 0xff);
      low = (low << 8) | (bytes[i + 8] & 0xff);
    }
    return new ApplicationId(new UUID(high, low));
  }

  /**
   * @throws UnknownApplicationException when {@code text} is not an id at all (the same answer as
   *     an unknown id: nothing tells a prober which ids exist)
   */
  public static ApplicationId parse(String text) {
    try {
      return new ApplicationId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UnknownApplicationException();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
