/**
 * The gateway's receipt book: an append-only, CRC-checked, fsync'd journal of every tick and
 * execution report it accepted from a terminal. The gateway acknowledges a sequence only after the
 * batch holding it is on disk, and after a crash {@link
 * id.nusatrade.gateway.journal.JournalRecovery} tells each terminal where to resume, so a
 * terminal's resend after reconnect neither loses nor duplicates an acknowledged frame. The same
 * pass replays the journaled ticks to rebuild bars and indicators.
 */
package id.nusatrade.gateway.journal;
