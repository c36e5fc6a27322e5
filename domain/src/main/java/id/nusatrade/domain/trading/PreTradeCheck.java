package id.nusatrade.domain.trading;

/**
 * Port: the risk and tier rules every order intent passes before it becomes an order. Runs on the
 * engine's thread for every intent, so an adapter must answer from memory (no database, no remote
 * call) and must not block.
 */
public interface PreTradeCheck {
  PreTradeVerdict check(PreTradeRequest request);
}
