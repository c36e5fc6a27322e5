package id.nusatrade.gateway.sim;

import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import java.util.Set;

/**
 * The EA's last line of defence, checked before any order reaches the broker whatever the gateway
 * says: allowed symbols, maximum lot size, maximum open orders. Same rules as the MQL5 inputs
 * InpAllowedSymbols, InpMaxLots, InpMaxOpenOrders.
 */
public record SafetyLimits(Set<String> allowedSymbols, double maxLots, int maxOpenOrders) {
  /** MT5's TRADE_RETCODE_REJECT, TRADE_RETCODE_INVALID_VOLUME, TRADE_RETCODE_LIMIT_ORDERS. */
  public static final int REJECT = 10006;

  public static final int INVALID_VOLUME = 10014;
  public static final int LIMIT_ORDERS = 10033;

  public static SafetyLimits none() {
    return new SafetyLimits(Set.of(), Double.MAX_VALUE, Integer.MAX_VALUE);
  }

  /** 0 when the order may go to the broker, else the return code to report. */
  public int check(OrderCommand o, int openOrders) {
    if (!allowedSymbols.isEmpty() && !allowedSymbols.contains(o.symbol())) {
      return REJECT;
    }
    if (o.action() != OrderAction.PLACE) {
      return 0;
    }
    if (!(o.volume() > 0) || o.volume() > maxLots) {
      return INVALID_VOLUME;
    }
    return openOrders >= maxOpenOrders ? LIMIT_ORDERS : 0;
  }
}
