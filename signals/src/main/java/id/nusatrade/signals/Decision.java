package id.nusatrade.signals;

import java.util.List;

/**
 * One model decision for a closed bar.
 *
 * @param direction BUY when {@code probabilityUp} is above {@code 0.5 + holdBand}, SELL when below
 *     {@code 0.5 - holdBand}, HOLD otherwise (and while the feature pipeline warms up)
 * @param probabilityUp calibrated probability (Platt scaling fitted on validation data) that the
 *     close {@code horizon} bars later is above this bar's close; {@code NaN} while warming up
 * @param modelVersion the version of the model that decided (content hash of its artifact)
 * @param contributions the features that pushed most, largest magnitude first
 * @param warm false while the feature pipeline has not seen its warm-up yet
 */
public record Decision(
    Direction direction,
    double probabilityUp,
    String modelVersion,
    List<Contribution> contributions,
    boolean warm) {

  public Decision {
    contributions = List.copyOf(contributions);
  }

  /** The HOLD answered before the features are defined. */
  public static Decision warmingUp(String modelVersion) {
    return new Decision(Direction.HOLD, Double.NaN, modelVersion, List.of(), false);
  }

  /** Probability of the advised direction (of "up" for BUY and HOLD, of "down" for SELL). */
  public double confidence() {
    return direction == Direction.SELL ? 1 - probabilityUp : probabilityUp;
  }
}
