package id.nusatrade.server.api;

import id.nusatrade.domain.tenant.TenantId;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parses identifiers from paths. Only the canonical 36-character UUID form passes ({@link
 * UUID#fromString} alone would accept forms like {@code 1-1-1-1-1}), and the message never echoes
 * the (caller-controlled, possibly huge) input back.
 */
final class Ids {
  static final int MAX_LENGTH = 36;
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Ids() {}

  static TenantId tenant(String raw) {
    return new TenantId(uuid(raw, "tenant id"));
  }

  static UUID uuid(String raw, String what) {
    if (raw == null || raw.length() > MAX_LENGTH) {
      throw new InvalidRequestException(what + " must be a UUID of " + MAX_LENGTH + " characters");
    }
    if (!CANONICAL.matcher(raw).matches()) {
      throw new InvalidRequestException(
          what + " must be a UUID such as 11111111-1111-1111-1111-111111111111");
    }
    return UUID.fromString(raw);
  }
}
