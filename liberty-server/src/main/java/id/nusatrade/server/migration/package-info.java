/**
 * The database schema, migrated by Flyway at startup as the owner role: SQL migrations in {@code
 * db/migration} (V1..V9 here; V10 and later belong to other modules), the audit trail's schema as a
 * Java step that runs the compliance module's own DDL, and demo data from {@code db/demo} when
 * {@code NUSATRADE_DEMO_DATA=true}.
 */
package id.nusatrade.server.migration;
