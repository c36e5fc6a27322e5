package id.nusatrade.rules.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The account placing an order: its trading state, PAPER or LIVE, equity (account currency), how
 * many live trades it has made so far, and the risk profile whose limits apply to it.
 */
public record Account(
    String id,
    TradingState tradingState,
    AccountMode mode,
    BigDecimal equity,
    long liveTradesSoFar,
    String riskProfile) {
  public Account {
    Objects.requireNonNull(tradingState, "tradingState");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(equity, "equity");
    Objects.requireNonNull(riskProfile, "riskProfile");
  }

  /** A LIVE account that has not traded live yet. */
  public boolean firstLiveTrade() {
    return mode == AccountMode.LIVE && liveTradesSoFar == 0;
  }
}
