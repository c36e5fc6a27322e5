package id.nusatrade.signals.model;

import id.nusatrade.signals.Contribution;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.Direction;
import id.nusatrade.signals.SignalModel;
import java.util.ArrayList;
import java.util.List;

/** A scorer plus its calibration and names: the {@link SignalModel} every kind is served as. */
public final class CalibratedModel implements SignalModel {
  /** How many contributions a decision carries by default. */
  public static final int TOP = 5;

  private final Scorer scorer;
  private final ModelMetadata metadata;
  private final String[] names;
  private final double[] contributions;
  private final int[] top;

  public CalibratedModel(Scorer scorer, ModelMetadata metadata) {
    this(scorer, metadata, TOP);
  }

  /**
   * @param contributions how many contributions each decision carries; 0 skips computing them,
   *     which makes a tree decision ~30× cheaper (TreeSHAP costs far more than the prediction)
   */
  public CalibratedModel(Scorer scorer, ModelMetadata metadata, int contributions) {
    if (contributions < 0) {
      throw new IllegalArgumentException("contributions must be 0 or more, got " + contributions);
    }
    this.top = new int[Math.min(contributions, metadata.featureNames().size())];
    this.scorer = scorer;
    this.metadata = metadata;
    this.names = metadata.featureNames().toArray(String[]::new);
    this.contributions = new double[names.length + 1];
  }

  public ModelMetadata metadata() {
    return metadata;
  }

  Scorer scorer() {
    return scorer;
  }

  @Override
  public String kind() {
    return metadata.kind();
  }

  @Override
  public String version() {
    return metadata.version();
  }

  @Override
  public List<String> featureNames() {
    return metadata.featureNames();
  }

  /** Calibrated probability of up, without contributions (what training metrics use). */
  public double probabilityUp(double[] features) {
    return metadata.calibration().probability(scorer.score(features));
  }

  @Override
  public Decision decide(double[] features) {
    if (features.length != names.length) {
      throw new IllegalArgumentException(
          "expected " + names.length + " features, got " + features.length);
    }
    double p = probabilityUp(features);
    double band = metadata.holdBand();
    Direction direction =
        p > 0.5 + band ? Direction.BUY : p < 0.5 - band ? Direction.SELL : Direction.HOLD;
    return new Decision(direction, p, metadata.version(), topContributions(features), true);
  }

  private List<Contribution> topContributions(double[] features) {
    if (top.length == 0) {
      return List.of();
    }
    scorer.contributions(features, contributions);
    double slope = metadata.calibration().slope();
    int n = top.length;
    for (int k = 0; k < n; k++) {
      int best = -1;
      for (int j = 0; j < names.length; j++) {
        if (!taken(j, k)
            && (best < 0 || Math.abs(contributions[j]) > Math.abs(contributions[best]))) {
          best = j;
        }
      }
      top[k] = best;
    }
    List<Contribution> list = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int j = top[k];
      list.add(new Contribution(names[j], features[j], slope * contributions[j]));
    }
    return list;
  }

  private boolean taken(int j, int filled) {
    for (int k = 0; k < filled; k++) {
      if (top[k] == j) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    scorer.close();
  }
}
