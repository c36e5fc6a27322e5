package id.nusatrade.domain.audit;

import java.util.Objects;

/** An event as stored: its position in the chain, its predecessor's hash and its own hash. */
public record AuditRecord(long seq, AuditEvent event, String prevHash, String hash) {
  public AuditRecord {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** Whether the stored hash still matches the stored content. */
  public boolean contentIntact() {
    return AuditHash.of(event, prevHash).equals(hash);
  }
}
