package id.nusatrade.billing.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A key as presented by a client: {@code ntk_<id>_<secret>}. The id (12 base32 characters, 60
 * random bits) is public and names the key; the secret is 256 random bits (43 base64url characters)
 * of which only the SHA-256 hash is stored. {@link #toString} never shows the secret.
 */
public final class ApiKeySecret {
  static final String PREFIX = "ntk_";
  private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final int ID_LENGTH = 12;
  private static final int SECRET_BYTES = 32;
  private static final Pattern FORMAT =
      Pattern.compile("ntk_([a-z2-7]{" + ID_LENGTH + "})_([A-Za-z0-9_-]{43})");

  private final String id;
  private final String secret;

  private ApiKeySecret(String id, String secret) {
    this.id = id;
    this.secret = secret;
  }

  /** A fresh id and secret. */
  public static ApiKeySecret generate(SecureRandom random) {
    return new ApiKeySecret(newId(random), newSecret(random));
  }

  /** A fresh secret for an existing key id (rotation). */
  public static ApiKeySecret rotate(String id, SecureRandom random) {
    return new ApiKeySecret(id, newSecret(random));
  }

  /** The presented text read as a key; empty when it is not shaped like one. */
  public static Optional<ApiKeySecret> parse(String presented) {
    if (presented == null) {
      return Optional.empty();
    }
    var match = FORMAT.matcher(presented.strip());
    return match.matches()
        ? Optional.of(new ApiKeySecret(match.group(1), match.group(2)))
        : Optional.empty();
  }

  public String id() {
    return id;
  }

  /** The full key, to show once. */
  public String reveal() {
    return PREFIX + id + "_" + secret;
  }

  /** SHA-256 of the secret part: what is stored. */
  public byte[] hash() {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** Whether this secret hashes to {@code storedHash}, compared in constant time. */
  public boolean matches(byte[] storedHash) {
    return MessageDigest.isEqual(hash(), storedHash);
  }

  @Override
  public String toString() {
    return PREFIX + id + "_***";
  }

  private static String newId(SecureRandom random) {
    StringBuilder id = new StringBuilder(ID_LENGTH);
    for (int i = 0; i < ID_LENGTH; i++) {
      id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
    }
    return id.toString();
  }

  private static String newSecret(SecureRandom random) {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
