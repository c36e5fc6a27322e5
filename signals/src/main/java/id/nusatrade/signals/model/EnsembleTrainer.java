package id.nusatrade.signals.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * LightGBM, XGBoost and the MLP trained on the same rows, combined by a logistic regression on
 * their scores whose weights are learned on the validation rows (stacking), never on training rows.
 * Hyper-parameters are the members', prefixed with the member's kind ({@code lightgbm.rounds}).
 */
final class EnsembleTrainer implements Trainer {
  static final List<ModelKind> MEMBERS =
      List.of(ModelKind.LIGHTGBM, ModelKind.XGBOOST, ModelKind.MLP);

  @Override
  public Map<String, Double> defaults() {
    Map<String, Double> params = new LinkedHashMap<>();
    for (ModelKind kind : MEMBERS) {
      kind.trainer().defaults().forEach((k, v) -> params.put(kind.id() + "." + k, v));
    }
    return params;
  }

  @Override
  public Map<String, Double> sample(Random random) {
    Map<String, Double> params = new LinkedHashMap<>();
    for (ModelKind kind : MEMBERS) {
      kind.trainer().sample(random).forEach((k, v) -> params.put(kind.id() + "." + k, v));
    }
    return params;
  }

  @Override
  public Scorer fit(Dataset train, Dataset valid, Map<String, Double> params, long seed) {
    Scorer[] members = new Scorer[MEMBERS.size()];
    for (int m = 0; m < members.length; m++) {
      ModelKind kind = MEMBERS.get(m);
      Map<String, Double> own = new LinkedHashMap<>();
      String prefix = kind.id() + ".";
      params.forEach(
          (k, v) -> {
            if (k.startsWith(prefix)) {
              own.put(k.substring(prefix.length()), v);
            }
          });
      members[m] = kind.trainer().fit(train, valid, own, seed + m);
    }
    double[][] scores = new double[valid.rows()][members.length];
    for (int i = 0; i < valid.rows(); i++) {
      for (int m = 0; m < members.length; m++) {
        scores[i][m] = members[m].score(valid.x()[i]);
      }
    }
    return new EnsembleScorer(members, Logistic.fit(scores, valid.y()), train.width());
  }
}
