package id.nusatrade.trading.fill;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Fills orders against one bar (prices are bids; the ask is {@code bid + spread}). A market order
 * fills at the reference price, a buy at the ask, with slippage against the trader. A limit order
 * fills only when the bar's range reaches its price, at the open when the bar gaps through it
 * (better), with no slippage. A stop order triggers only when the range reaches it and fills at the
 * stop, or at the open when the bar gaps past it (worse), with slippage. A price of {@code NaN}
 * means "no fill in this bar". Stateless and thread-safe.
 */
public final class FillModel {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final Costs costs;

  public FillModel(Costs costs) {
    this.costs = costs;
  }

  public Costs costs() {
    return costs;
  }

  /** A market order at a bid reference price (a bar's open or close). */
  public double market(Side side, double bid) {
    double quote = side == Side.BUY ? bid + costs.spread() : bid;
    return side == Side.BUY ? quote + slippage(quote) : quote - slippage(quote);
  }

  /** A limit order in one bar: buy when the ask falls to {@code limit}, sell when the bid rises. */
  public double limit(Side side, double limit, double open, double high, double low) {
    if (side == Side.BUY) {
      double askOpen = open + costs.spread();
      if (askOpen <= limit) {
        return askOpen;
      }
      return low + costs.spread() <= limit ? limit : Double.NaN;
    }
    if (open >= limit) {
      return open;
    }
    return high >= limit ? limit : Double.NaN;
  }

  /** A stop order in one bar: buy when the ask rises to {@code stop}, sell when the bid falls. */
  public double stop(Side side, double stop, double open, double high, double low) {
    if (side == Side.BUY) {
      double askOpen = open + costs.spread();
      if (askOpen >= stop) {
        return askOpen + slippage(askOpen);
      }
      return high + costs.spread() >= stop ? stop + slippage(stop) : Double.NaN;
    }
    if (open <= stop) {
      return open - slippage(open);
    }
    return low <= stop ? stop - slippage(stop) : Double.NaN;
  }

  /** Commission of one fill: per trade + per unit × quantity + percent of the notional. */
  public BigDecimal commission(double price, BigDecimal quantity) {
    BigDecimal commission =
        costs.commissionPerTrade().add(costs.commissionPerUnit().multiply(quantity));
    if (costs.commissionPercent().signum() != 0) {
      BigDecimal notional = BigDecimal.valueOf(price).multiply(quantity);
      commission =
          commission.add(
              notional.multiply(costs.commissionPercent()).divide(HUNDRED, MathContext.DECIMAL64));
    }
    return commission;
  }

  private double slippage(double price) {
    return costs.slippage() + price * costs.slippagePercent() / 100;
  }
}
