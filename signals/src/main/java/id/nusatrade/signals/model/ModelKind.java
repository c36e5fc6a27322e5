package id.nusatrade.signals.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The model kinds this build trains and serves. */
public enum ModelKind {
  LIGHTGBM(LightGbmTrainer::new),
  XGBOOST(XgBoostTrainer::new),
  MLP(MlpTrainer::new),
  ENSEMBLE(EnsembleTrainer::new),
  /** Trained elsewhere and exported to ONNX: registered, served, not trained here. */
  ONNX(null);

  private final Supplier<Trainer> trainer;

  ModelKind(Supplier<Trainer> trainer) {
    this.trainer = trainer;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code ./nusatrade train} trains this kind (ONNX models are trained elsewhere). */
  public boolean trainable() {
    return trainer != null;
  }

  public Trainer trainer() {
    if (trainer == null) {
      throw new IllegalArgumentException(
          "model '"
              + id()
              + "' is trained elsewhere: export it to ONNX and register it (docs/models.md)");
    }
    return trainer.get();
  }

  /** Reads the artifact(s) a scorer of this kind saved in {@code dir}. */
  public Scorer load(Path dir) throws IOException {
    return switch (this) {
      case LIGHTGBM -> LightGbmScorer.load(dir);
      case XGBOOST -> XgBoostScorer.load(dir);
      case MLP -> MlpScorer.load(dir);
      case ENSEMBLE -> EnsembleScorer.load(dir);
      case ONNX -> OnnxScorer.load(dir);
    };
  }

  public static ModelKind parse(String text) {
    String id = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (ModelKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    String known = String.join("|", Arrays.stream(values()).map(ModelKind::id).toList());
    if (id.equals("lstm")) {
      throw new IllegalArgumentException(
          "model 'lstm' is not built yet (DJL networks are a later step); use " + known);
    }
    throw new IllegalArgumentException("unknown model '" + text + "' (known: " + known + ")");
  }
}
