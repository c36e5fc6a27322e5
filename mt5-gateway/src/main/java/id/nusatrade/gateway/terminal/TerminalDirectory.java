package id.nusatrade.gateway.terminal;

import java.util.Optional;

/** Port: registered terminals. Called off the I/O thread, once per connection handshake. */
public interface TerminalDirectory {
  Optional<TerminalRecord> find(TerminalKey key);
}
