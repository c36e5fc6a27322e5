/**
 * PostgreSQL storage for the audit hash chain: the schema ({@link
 * id.nusatrade.compliance.audit.AuditSchema}), a serialised appender and a snapshot verifier
 * ({@link id.nusatrade.compliance.audit.PostgresAuditTrail}).
 */
package id.nusatrade.compliance.audit;
