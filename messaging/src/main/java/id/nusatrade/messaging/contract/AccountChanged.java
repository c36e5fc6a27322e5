package id.nusatrade.messaging.contract;

import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.TradingState;

/**
 * {@code trade.account.changed} v1: a trading account's mode or trading state changed (trading
 * engine {@code TradingEvents}).
 */
public record AccountChanged(String accountId, AccountMode mode, TradingState tradingState) {
  public AccountChanged {
    Checks.text(accountId, "accountId");
    Checks.present(mode, "mode");
    Checks.present(tradingState, "tradingState");
  }
}
