package id.nusatrade.gateway.terminal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** API keys are stored only as SHA-256 hex; comparison is constant time. */
public final class ApiKeys {
  private ApiKeys() {}

  public static String sha256Hex(String apiKey) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(apiKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public static boolean matches(String presented, String storedSha256Hex) {
    byte[] a = sha256Hex(presented).getBytes(StandardCharsets.US_ASCII);
    byte[] b = storedSha256Hex.toLowerCase().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(a, b);
  }
}
