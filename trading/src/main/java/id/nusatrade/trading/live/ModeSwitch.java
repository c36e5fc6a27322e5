package id.nusatrade.trading.live;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.trading.engine.ModeChangeRefusedException;
import id.nusatrade.trading.engine.ModeChangeRefusedException.Reason;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.mt5.Mt5Logins;
import java.util.Optional;

/**
 * The paper/live switch of a tenant's account. To LIVE: only when the tier rules allow live trading
 * and an MT5 terminal is linked to the account; the engine then refuses while anything is open at
 * the paper venue. Back to PAPER: refused while live positions or orders are open. The switch is on
 * disk before it returns. The account's first live order then needs approval (the rules see it as
 * its first live trade).
 */
public final class ModeSwitch {
  private final TradingEngine engine;
  private final LiveTradingPermission permission;
  private final Mt5Logins logins;

  public ModeSwitch(TradingEngine engine, LiveTradingPermission permission, Mt5Logins logins) {
    this.engine = engine;
    this.permission = permission;
    this.logins = logins;
  }

  /**
   * @throws ModeChangeRefusedException the switch is not allowed now (the reason names why)
   */
  public Account switchTo(TenantId tenant, AccountId id, AccountMode mode) {
    Account account = engine.account(id);
    if (!account.tenant().equals(tenant)) {
      throw new IllegalArgumentException("account " + id + " is not an account of " + tenant);
    }
    if (mode == AccountMode.LIVE && account.mode() != AccountMode.LIVE) {
      Optional<String> refusal = permission.refusal(tenant);
      if (refusal.isPresent()) {
        throw new ModeChangeRefusedException(Reason.NOT_IN_TIER, refusal.get());
      }
      if (logins.loginOf(tenant, id).isEmpty()) {
        throw new ModeChangeRefusedException(
            Reason.NO_MT5_LOGIN,
            "account " + id + " has no MT5 terminal linked: link the terminal's login first");
      }
    }
    return engine.mode(id, mode);
  }
}
