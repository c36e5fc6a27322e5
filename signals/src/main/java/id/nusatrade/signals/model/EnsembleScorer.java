package id.nusatrade.signals.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Score = intercept + Σ weightᵢ × memberScoreᵢ; contributions are the members' contributions
 * weighted the same way, so they sum to the score wherever the members' do.
 */
final class EnsembleScorer implements Scorer {
  static final String FILE = "ensemble.json";

  /** The saved form: member kinds, weights (one per member, then the intercept), feature count. */
  record Stack(List<String> members, double[] weights, int width) {}

  private final Scorer[] members;
  private final double[] weights;
  private final double[] buffer;

  EnsembleScorer(Scorer[] members, double[] weights, int width) {
    this.members = members;
    this.weights = weights;
    this.buffer = new double[width + 1];
  }

  static EnsembleScorer load(Path dir) throws IOException {
    Stack stack = new ObjectMapper().readValue(dir.resolve(FILE).toFile(), Stack.class);
    Scorer[] members = new Scorer[stack.members().size()];
    for (int m = 0; m < members.length; m++) {
      members[m] = ModelKind.parse(stack.members().get(m)).load(dir);
    }
    return new EnsembleScorer(members, stack.weights(), stack.width());
  }

  /** Weight of each member, then the intercept. */
  double[] weights() {
    return weights.clone();
  }

  @Override
  public ModelKind kind() {
    return ModelKind.ENSEMBLE;
  }

  @Override
  public double score(double[] features) {
    double z = weights[members.length];
    for (int m = 0; m < members.length; m++) {
      z += weights[m] * members[m].score(features);
    }
    return z;
  }

  @Override
  public void contributions(double[] features, double[] dest) {
    int width = buffer.length - 1;
    Arrays.fill(dest, 0, width + 1, 0);
    dest[width] = weights[members.length];
    for (int m = 0; m < members.length; m++) {
      members[m].contributions(features, buffer);
      for (int j = 0; j <= width; j++) {
        dest[j] += weights[m] * buffer[j];
      }
    }
  }

  @Override
  public void save(Path dir) throws IOException {
    for (Scorer member : members) {
      member.save(dir);
    }
    List<String> kinds = Arrays.stream(members).map(s -> s.kind().id()).toList();
    new ObjectMapper()
        .writeValue(dir.resolve(FILE).toFile(), new Stack(kinds, weights, buffer.length - 1));
  }

  @Override
  public void close() {
    for (Scorer member : members) {
      member.close();
    }
  }
}
