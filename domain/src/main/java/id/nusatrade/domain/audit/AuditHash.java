package id.nusatrade.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a record's canonical form. Every field is written as {@code <utf-8
 * length>:<value>\n} so that no two different field lists share a canonical form (a plain separator
 * could be forged by putting the separator inside a field). The position in the chain is not
 * hashed: order is proven by each record naming its predecessor's hash, which lets the verifier
 * tell a reordering from an edit.
 */
public final class AuditHash {
  /** The predecessor hash of the first record. */
  public static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "nusatrade-audit-v1\n";

  private AuditHash() {}

  public static String of(AuditEvent event, String prevHash) {
    return HexFormat.of().formatHex(sha256(canonical(event, prevHash)));
  }

  static String canonical(AuditEvent event, String prevHash) {
    StringBuilder text = new StringBuilder(VERSION);
    field(text, event.tenant().map(Object::toString).orElse("-"));
    field(text, event.actor());
    field(text, event.action());
    field(text, event.subject());
    field(text, event.occurredAt().toString());
    field(text, event.payload());
    field(text, prevHash);
    return text.toString();
  }

  private static void field(StringBuilder text, String value) {
    text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    text.append('\n');
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime ships SHA-256", e);
    }
  }
}
