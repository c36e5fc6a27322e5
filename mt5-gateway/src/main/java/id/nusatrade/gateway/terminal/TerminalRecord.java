package id.nusatrade.gateway.terminal;

/** A registered terminal: its key, the SHA-256 (hex) of its API key, and whether it may connect. */
public record TerminalRecord(TerminalKey key, String apiKeySha256, boolean enabled) {}
