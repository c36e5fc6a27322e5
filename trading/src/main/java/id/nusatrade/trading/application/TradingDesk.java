package id.nusatrade.trading.application;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.trading.engine.ModeChangeRefusedException;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.PositionView;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's trading, as a trader sees it: its accounts (a tenant without one gets its PAPER
 * account on first use), the kill switch, the paper/live switch, orders, positions, "close all" and
 * cancel. Another tenant's account or order is unknown ({@link Optional#empty()} or {@link
 * UnknownTradingObjectException}), never shown or changed. {@link EngineTradingDesk} is the engine
 * itself (the REST application, which owns the engine); the web UI, another application of the same
 * server, reaches it through the REST API with the signed-in user's token.
 */
public interface TradingDesk {
  /** An open position with the account it belongs to. */
  record AccountPosition(Account account, PositionView position) {}

  /** The order an intent became, and whether its client order id was already known. */
  record Submitted(OrderView order, boolean duplicate) {}

  List<Account> accounts(TenantId tenant);

  Optional<Account> account(TenantId tenant, AccountId id);

  /** The kill switch: ACTIVE, HALTED or REDUCING. */
  Account tradingState(TenantId tenant, AccountId id, TradingState state);

  /**
   * The paper/live switch.
   *
   * @throws ModeChangeRefusedException not allowed now (the reason names why)
   */
  Account mode(TenantId tenant, AccountId id, AccountMode mode);

  /** The orders of the tenant's accounts (or of one of them), oldest first per account. */
  List<OrderView> orders(TenantId tenant, Optional<AccountId> only);

  /**
   * An intent for one of the tenant's accounts through the kill switch and the rules; the same
   * client order id again returns the first order.
   *
   * @throws IllegalArgumentException the intent is malformed or uses a reserved client order id
   */
  Submitted submit(TenantId tenant, OrderIntent intent);

  List<AccountPosition> positions(TenantId tenant, Optional<AccountId> only);

  /** "Close all positions now": the market exits placed (also when HALTED). */
  List<OrderView> closeAll(TenantId tenant, Optional<AccountId> only);

  /**
   * Cancels an order of the tenant: one waiting for approval at once, a working one through its
   * venue (its state changes when the venue reports). Returns the order as it is now.
   *
   * @throws IllegalStateException the venue cannot withdraw it
   */
  OrderView cancel(TenantId tenant, long orderId);
}
