package id.nusatrade.messaging.contract;

import id.nusatrade.domain.market.Timeframe;
import java.util.List;

/**
 * {@code signal.decided} v1: the live model's decision on the close of one bar of a tenant's feed.
 *
 * @param account the MT5 account (terminal) of the feed
 * @param barOpenTime open time of the bar decided on, epoch ms
 * @param direction BUY, SELL or HOLD
 * @param probabilityUp calibrated probability that the close {@code horizon} bars later is higher
 * @param modelId the registry id of the model that decided
 * @param modelVersion its version (kind + artifact hash)
 * @param contributions the features that pushed most, largest first (log-odds; positive = BUY)
 */
public record SignalDecided(
    long account,
    String symbol,
    Timeframe timeframe,
    long barOpenTime,
    String direction,
    double probabilityUp,
    String modelId,
    String modelVersion,
    List<Contribution> contributions) {

  /** One feature's push: its value on that bar and its log-odds contribution. */
  public record Contribution(String feature, double value, double logOdds) {
    public Contribution {
      Checks.text(feature, "feature");
    }
  }

  public SignalDecided {
    Checks.text(symbol, "symbol");
    Checks.present(timeframe, "timeframe");
    Checks.text(direction, "direction");
    if (!List.of("BUY", "SELL", "HOLD").contains(direction)) {
      throw new IllegalArgumentException("direction must be BUY, SELL or HOLD: " + direction);
    }
    if (!(probabilityUp >= 0 && probabilityUp <= 1)) {
      throw new IllegalArgumentException("probabilityUp must be within [0, 1]: " + probabilityUp);
    }
    Checks.text(modelVersion, "modelVersion");
    contributions = List.copyOf(Checks.present(contributions, "contributions"));
  }
}
