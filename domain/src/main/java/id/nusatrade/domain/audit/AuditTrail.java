package id.nusatrade.domain.audit;

/**
 * Port for the append-only audit trail. Appends are serialised so the chain stays linear; records
 * are never updated or deleted (retention is a separate, itself audited, process).
 */
public interface AuditTrail {
  /** Appends the event after the current chain head and returns it as stored. */
  AuditRecord append(AuditEvent event);

  /** Walks the whole chain from the first record and reports the first break. */
  ChainVerification verify();
}
