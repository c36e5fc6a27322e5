package id.nusatrade.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {
  // Expected digests computed outside Java: python3 hashlib.sha256 over the documented canonical
  // form (length-prefixed fields, see AuditHash).
  @Test
  void hashesTheDocumentedCanonicalForm() {
    AuditEvent event =
        new AuditEvent(
            TenantId.of("11111111-1111-1111-1111-111111111111"),
            "trader-a",
            "access.forbidden",
            "GET /api/v1/tenants/x",
            Instant.parse("2026-01-02T03:04:05.123456789Z"),
            "{\"status\":403}");

    assertThat(AuditHash.of(event, AuditHash.GENESIS))
        .isEqualTo("b4844111741a09a49b88a809e2dc116cef7fa745c9a403795e9ba4b517d1bf8a");
  }

  @Test
  void hashesAnEventWithoutTenantAndCountsUtf8Bytes() {
    AuditEvent event =
        new AuditEvent(
            null,
            "anonymous",
            "access.unauthenticated",
            "GET /api/v1/me",
            Instant.parse("2026-01-02T03:04:05Z"),
            "{\"é\":1}");

    assertThat(AuditHash.of(event, "a".repeat(64)))
        .isEqualTo("ff29ad3db71f07613f5658ba6b9b87c147046da88bf40852c6932238ca89e342");
  }

  @Test
  void rejectsActionsThatAreNotDottedLowerCase() {
    assertThatThrownBy(() -> new AuditEvent(null, "x", "Forbidden", "s", Instant.EPOCH, "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
