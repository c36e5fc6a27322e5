/**
 * Compliance: the tamper-evident audit trail (and later market-abuse detection, regulatory reports,
 * data-subject requests and retention). Plain JDBC so it runs the same inside Liberty, in tools and
 * in tests.
 */
package id.nusatrade.compliance;
