package id.nusatrade.trading.application;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.SubmitResult;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.live.ModeSwitch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link TradingDesk} on the engine of this process: every change is journaled and fsync'd before
 * it returns.
 */
public final class EngineTradingDesk implements TradingDesk {
  private final TradingEngine engine;
  private final ModeSwitch modes;

  public EngineTradingDesk(TradingEngine engine, ModeSwitch modes) {
    this.engine = engine;
    this.modes = modes;
  }

  public TradingEngine engine() {
    return engine;
  }

  @Override
  public List<Account> accounts(TenantId tenant) {
    List<Account> own = own(tenant);
    if (own.isEmpty()) {
      engine.openAccount(Account.open(defaultAccountId(tenant), tenant));
      own = own(tenant);
    }
    return own;
  }

  @Override
  public Optional<Account> account(TenantId tenant, AccountId id) {
    return accounts(tenant).stream().filter(a -> a.id().equals(id)).findFirst();
  }

  private Account owned(TenantId tenant, AccountId id) {
    return account(tenant, id)
        .orElseThrow(() -> new UnknownTradingObjectException("account not found"));
  }

  @Override
  public Account tradingState(TenantId tenant, AccountId id, TradingState state) {
    return engine.tradingState(owned(tenant, id).id(), state);
  }

  @Override
  public Account mode(TenantId tenant, AccountId id, AccountMode mode) {
    return modes.switchTo(tenant, owned(tenant, id).id(), mode);
  }

  @Override
  public List<OrderView> orders(TenantId tenant, Optional<AccountId> only) {
    List<OrderView> out = new ArrayList<>();
    for (Account a : scope(tenant, only)) {
      out.addAll(engine.orders(a.id()));
    }
    return out;
  }

  @Override
  public Submitted submit(TenantId tenant, OrderIntent intent) {
    owned(tenant, intent.account());
    SubmitResult result = engine.submit(intent);
    engine.flush();
    return new Submitted(OrderView.of(result.order()), result.duplicate());
  }

  @Override
  public List<AccountPosition> positions(TenantId tenant, Optional<AccountId> only) {
    List<AccountPosition> out = new ArrayList<>();
    for (Account a : scope(tenant, only)) {
      engine.positions(a.id()).forEach(p -> out.add(new AccountPosition(a, p)));
    }
    return out;
  }

  @Override
  public List<OrderView> closeAll(TenantId tenant, Optional<AccountId> only) {
    List<OrderView> exits = new ArrayList<>();
    for (Account a : scope(tenant, only)) {
      engine.closeAll(a.id()).forEach(o -> exits.add(OrderView.of(o)));
    }
    engine.flush();
    return exits;
  }

  @Override
  public OrderView cancel(TenantId tenant, long orderId) {
    Order order;
    try {
      order = engine.order(new OrderId(orderId));
    } catch (IllegalArgumentException unknown) {
      throw new UnknownTradingObjectException("order not found");
    }
    owned(tenant, order.intent().account());
    engine.cancel(order.id());
    engine.flush();
    return OrderView.of(engine.order(order.id()));
  }

  private List<Account> scope(TenantId tenant, Optional<AccountId> only) {
    return only.isPresent() ? List.of(owned(tenant, only.get())) : accounts(tenant);
  }

  private List<Account> own(TenantId tenant) {
    return engine.accounts().stream().filter(a -> a.tenant().equals(tenant)).toList();
  }

  /** Derived from the tenant, so two first requests at once open the same account. */
  public static AccountId defaultAccountId(TenantId tenant) {
    return new AccountId(
        UUID.nameUUIDFromBytes(
            ("nusatrade:paper-account:" + tenant).getBytes(StandardCharsets.UTF_8)));
  }
}
