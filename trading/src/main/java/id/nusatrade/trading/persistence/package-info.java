/**
 * The trading tables in PostgreSQL (schema owned here, applied by the server's migrations) and the
 * store that copies the engine's changes into them in batches, off the engine's thread, inside a
 * tenant-scoped transaction per tenant (row-level security).
 */
package id.nusatrade.trading.persistence;
