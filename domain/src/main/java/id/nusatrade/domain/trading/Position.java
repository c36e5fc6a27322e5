package id.nusatrade.domain.trading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The net position of one account in one symbol (netting, as MT5 netting accounts and most brokers
 * report it): a signed quantity, its average entry price, realised P&amp;L (price moves, gross),
 * commissions and swaps (signed, as the venue reports them). A fill on the same side raises the
 * quantity and re-averages the price; an opposite fill realises (price − average) × closed quantity
 * × direction; a fill larger than the position flips it and the remainder opens at the fill price.
 * Flat or flipped, attached stops are cleared.
 */
public final class Position {
  private final AccountId account;
  private final String symbol;
  private final ProtectiveStops stops = new ProtectiveStops();
  private BigDecimal quantity = BigDecimal.ZERO;
  private BigDecimal averagePrice;
  private BigDecimal realised = TradingMath.pnl(BigDecimal.ZERO);
  private BigDecimal commissions = TradingMath.pnl(BigDecimal.ZERO);
  private BigDecimal swaps = TradingMath.pnl(BigDecimal.ZERO);

  public Position(AccountId account, String symbol) {
    this.account = Objects.requireNonNull(account, "account");
    this.symbol = Objects.requireNonNull(symbol, "symbol");
  }

  public void apply(Side side, Fill fill) {
    BigDecimal qty = fill.quantity();
    commissions = TradingMath.pnl(commissions.add(fill.commission()));
    swaps = TradingMath.pnl(swaps.add(fill.swap()));
    int held = quantity.signum();
    if (held == 0 || held == side.sign()) {
      BigDecimal size = quantity.abs();
      BigDecimal cost = fill.price().multiply(qty);
      if (averagePrice != null) {
        cost = cost.add(averagePrice.multiply(size));
      }
      averagePrice = cost.divide(size.add(qty), TradingMath.PRICE_SCALE, TradingMath.ROUNDING);
      quantity = side == Side.BUY ? quantity.add(qty) : quantity.subtract(qty);
      return;
    }
    BigDecimal closing = qty.min(quantity.abs());
    BigDecimal move = fill.price().subtract(averagePrice).multiply(closing);
    realised = TradingMath.pnl(realised.add(held > 0 ? move : move.negate()));
    quantity = side == Side.BUY ? quantity.add(qty) : quantity.subtract(qty);
    if (quantity.signum() == 0) {
      averagePrice = null;
      stops.clear();
    } else if (quantity.signum() != held) {
      averagePrice = fill.price().setScale(TradingMath.PRICE_SCALE, TradingMath.ROUNDING);
      stops.clear();
    }
  }

  /** Attaches exits; the trailing stop starts from the average entry price. */
  public void protect(Protection protection) {
    if (quantity.signum() == 0) {
      throw new IllegalStateException("no open position in " + symbol + " to protect");
    }
    stops.set(protection, quantity.signum() > 0, averagePrice.doubleValue());
  }

  /** Detaches every exit (an exit order is on its way). */
  public void unprotect() {
    stops.clear();
  }

  /** Whether any exit is attached. */
  public boolean isProtected() {
    return !stops.protection().isNone();
  }

  /**
   * Checks this tick against the attached exits (a long exits at the bid, a short at the ask) and
   * moves the trailing stop; returns the exit that fired, or null. Allocates nothing.
   */
  public ExitReason exitOn(double bid, double ask) {
    if (quantity.signum() == 0) {
      return null;
    }
    return stops.check(quantity.signum() > 0 ? bid : ask);
  }

  /** Unrealised P&amp;L at a mark price: (mark − average) × signed quantity. */
  public BigDecimal unrealisedPnl(BigDecimal mark) {
    if (quantity.signum() == 0) {
      return TradingMath.pnl(BigDecimal.ZERO);
    }
    return TradingMath.pnl(mark.subtract(averagePrice).multiply(quantity));
  }

  /** Realised P&amp;L less commissions, plus swaps (negative when charged). */
  public BigDecimal netRealisedPnl() {
    return realised.subtract(commissions).add(swaps);
  }

  public AccountId account() {
    return account;
  }

  public String symbol() {
    return symbol;
  }

  /** Signed: positive long, negative short, zero flat. */
  public BigDecimal quantity() {
    return quantity;
  }

  public boolean isFlat() {
    return quantity.signum() == 0;
  }

  /** Null when flat. */
  public BigDecimal averagePrice() {
    return averagePrice;
  }

  public BigDecimal realisedPnl() {
    return realised;
  }

  public BigDecimal commissions() {
    return commissions;
  }

  /** Swaps the venue reported on this position's fills: negative charged, positive credited. */
  public BigDecimal swaps() {
    return swaps;
  }

  public ProtectiveStops stops() {
    return stops;
  }
}
