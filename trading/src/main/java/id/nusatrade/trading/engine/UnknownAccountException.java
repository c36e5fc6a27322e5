package id.nusatrade.trading.engine;

import id.nusatrade.domain.trading.AccountId;

/** The engine holds no such account (REST answers 404). */
public final class UnknownAccountException extends IllegalArgumentException {
  public UnknownAccountException(AccountId id) {
    super("unknown account " + id);
  }
}
