package id.nusatrade.billing.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Midtrans' notification signature: lower-case hex SHA-512 of {@code order_id + status_code +
 * gross_amount + server_key}, each exactly as sent. Compared in constant time so the comparison
 * leaks nothing about how much of a forged signature was right.
 */
public final class NotificationSignature {
  private final ServerKey key;

  public NotificationSignature(ServerKey key) {
    this.key = key;
  }

  public String sign(String orderId, String statusCode, String grossAmount) {
    try {
      MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
      byte[] digest =
          sha512.digest(
              (orderId + statusCode + grossAmount + key.reveal()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-512", e);
    }
  }

  public boolean verify(Notification n) {
    if (n.orderId() == null
        || n.statusCode() == null
        || n.grossAmount() == null
        || n.signatureKey() == null) {
      return false;
    }
    byte[] expected =
        sign(n.orderId(), n.statusCode(), n.grossAmount()).getBytes(StandardCharsets.US_ASCII);
    byte[] given = n.signatureKey().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
