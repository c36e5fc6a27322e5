/**
 * The tamper-evident audit trail: security- and compliance-relevant events appended to one linear
 * hash chain. Each record's hash covers its canonical fields plus the previous record's hash, so an
 * edited, deleted or reordered record breaks the chain at a point {@link
 * id.nusatrade.domain.audit.ChainVerifier} can name. Storage adapters implement {@link
 * id.nusatrade.domain.audit.AuditTrail}.
 */
package id.nusatrade.domain.audit;
