package id.nusatrade.trading.check;

import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.rules.model.Market;
import java.math.BigDecimal;

/**
 * Per-account and per-instrument data the risk rules judge on. Today a fixed setting for every
 * account (the paper balance and the {@code standard} profile); accounts' own equity and profile
 * arrive with account management.
 */
public interface RiskProfiles {
  /**
   * Equity (account currency) and risk profile (a column of the risk limits table). How many live
   * trades the account made comes from the engine with each request.
   */
  record AccountRisk(BigDecimal equity, String riskProfile) {}

  /** The instrument's market (its session calendar) and contract size (units per quantity 1). */
  record Instrument(Market market, BigDecimal contractSize) {}

  AccountRisk account(AccountId account);

  Instrument instrument(String symbol);

  /** Every account the same; every symbol FX with contract size 1 (quantities are units). */
  static RiskProfiles uniform(BigDecimal equity, String riskProfile) {
    AccountRisk risk = new AccountRisk(equity, riskProfile);
    Instrument fx = new Instrument(Market.FX, BigDecimal.ONE);
    return new RiskProfiles() {
      @Override
      public AccountRisk account(AccountId account) {
        return risk;
      }

      @Override
      public Instrument instrument(String symbol) {
        return fx;
      }
    };
  }
}
