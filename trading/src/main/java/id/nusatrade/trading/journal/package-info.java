/**
 * The order journal: every decision and every execution report the engine applies, appended to an
 * append-only, CRC-checked file before it takes effect outside the engine (before the venue sees
 * the order, before an event is published), and fsync'd in batches. Replaying it rebuilds accounts,
 * orders, positions and the set of applied execution ids, so a restart loses and duplicates
 * nothing. The framing is the MT5 gateway journal's (length, CRC32C, kind; a new segment per start;
 * a segment ends at its first torn or corrupt record).
 */
package id.nusatrade.trading.journal;
