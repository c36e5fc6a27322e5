package id.nusatrade.trading.automation;

import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a {@link BarDecision} into a market order intent for one account: only when the account's
 * tier allows automated trading (Pro and above); sized by the strategy's {@link Sizing}, capped at
 * the rules' largest notional per order; always with a stop-loss {@code stopDistance} from the
 * bar's close (the risk rules reject an automated order without one). The client order id is
 * {@value #PREFIX}{@code <bar time, base 36>-<16 hex of SHA-256(account|model version)>}: the same
 * decision delivered again is the same order, and the engine answers it as a duplicate.
 */
public final class DecisionOrders {
  /** Client order ids of automated orders start with this; the rules treat them as automated. */
  public static final String PREFIX = "auto-";

  private final Sizing sizing;

  public DecisionOrders(Sizing sizing) {
    this.sizing = sizing;
  }

  /**
   * @param equity the account's equity (in the price's currency)
   * @param maxNotional the rules' largest notional per order for the account's risk profile
   */
  public DecisionOrder order(
      AccountId account,
      Entitlements tier,
      BarDecision decision,
      BigDecimal equity,
      BigDecimal maxNotional) {
    if (!tier.automatedTrading()) {
      return DecisionOrder.none("the account's tier does not include automated trading");
    }
    if (decision.advice() == Advice.HOLD) {
      return DecisionOrder.none("HOLD");
    }
    Side side = decision.advice() == Advice.BUY ? Side.BUY : Side.SELL;
    BigDecimal cap = maxNotional.divide(decision.close(), 10, RoundingMode.DOWN);
    BigDecimal quantity = sizing.quantity(equity, cap);
    if (quantity.signum() <= 0) {
      return DecisionOrder.none("the sized quantity is below one lot step");
    }
    BigDecimal stop =
        side == Side.BUY
            ? decision.close().subtract(sizing.stopDistance())
            : decision.close().add(sizing.stopDistance());
    if (stop.signum() <= 0) {
      return DecisionOrder.none("the stop-loss would be at or below zero: " + stop);
    }
    return new DecisionOrder(
        new OrderIntent(
            account,
            clientOrderId(account, decision),
            decision.symbol(),
            side,
            quantity,
            OrderType.MARKET,
            null,
            null,
            new Protection(stop, null, null)),
        null);
  }

  /** Whether an order came from a strategy (its client order id says so). */
  public static boolean automated(ClientOrderId id) {
    return id.value().startsWith(PREFIX);
  }

  static ClientOrderId clientOrderId(AccountId account, BarDecision d) {
    byte[] hash;
    try {
      hash =
          MessageDigest.getInstance("SHA-256")
              .digest((account + "|" + d.modelVersion()).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    String model = HexFormat.of().formatHex(hash, 0, 8);
    return new ClientOrderId(PREFIX + Long.toString(d.barTimeMillis(), 36) + "-" + model);
  }
}
