package id.nusatrade.domain.trading;

import id.nusatrade.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A trading account of a tenant: its mode (PAPER by default) and its kill switch. {@link #refusal}
 * is the kill switch's verdict on a new order, applied before the rules see it.
 */
public final class Account {
  private final AccountId id;
  private final TenantId tenant;
  private AccountMode mode;
  private TradingState tradingState;

  public Account(AccountId id, TenantId tenant, AccountMode mode, TradingState tradingState) {
    this.id = Objects.requireNonNull(id, "account id");
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.tradingState = Objects.requireNonNull(tradingState, "tradingState");
  }

  /** A new account: paper, active. */
  public static Account open(AccountId id, TenantId tenant) {
    return new Account(id, tenant, AccountMode.PAPER, TradingState.ACTIVE);
  }

  /**
   * Null when the kill switch lets this order through; otherwise the reason. HALTED refuses all;
   * REDUCING lets through only an order on the opposite side of the open position and no larger
   * than it ({@code signedPosition} is what is open plus what working orders will add).
   */
  public String refusal(OrderIntent intent, BigDecimal signedPosition) {
    return switch (tradingState) {
      case ACTIVE -> null;
      case HALTED -> "account " + id + " is HALTED: no new orders";
      case REDUCING ->
          reduces(intent, signedPosition)
              ? null
              : "account " + id + " is REDUCING: only orders that reduce an open position";
    };
  }

  static boolean reduces(OrderIntent intent, BigDecimal signedPosition) {
    int held = signedPosition.signum();
    return held != 0
        && held == -intent.side().sign()
        && intent.quantity().compareTo(signedPosition.abs()) <= 0;
  }

  public AccountId id() {
    return id;
  }

  public TenantId tenant() {
    return tenant;
  }

  public AccountMode mode() {
    return mode;
  }

  public TradingState tradingState() {
    return tradingState;
  }

  public void tradingState(TradingState state) {
    tradingState = Objects.requireNonNull(state, "tradingState");
  }

  public void mode(AccountMode newMode) {
    mode = Objects.requireNonNull(newMode, "mode");
  }
}
