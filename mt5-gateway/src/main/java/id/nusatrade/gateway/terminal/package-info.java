/**
 * Which MT5 terminals may connect: the {@link id.nusatrade.gateway.terminal.TerminalDirectory} port
 * (looked up once per HELLO, cached, never per tick), its PostgreSQL and in-memory adapters, and
 * the API-key check (SHA-256 at rest, constant-time comparison).
 */
package id.nusatrade.gateway.terminal;
