package id.nusatrade.signals.model;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.onnxruntime.engine.OrtSymbolBlock;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A model trained elsewhere and exported to ONNX, served through DJL's ONNX Runtime engine. The
 * graph takes one float input {@code [N, width]} (the features in {@code model.json}'s order) and
 * returns one float per row: the score in log-odds of "up" (calibrated by {@code model.json}'s
 * Platt scaling, identity if the exporter calibrated already). The ONNX file must declare the
 * features it was trained on in its metadata ({@value #FEATURES_KEY}, comma-separated): a model
 * whose declared features, or whose input width, differ from {@code model.json}'s is refused at
 * load (the width by a first inference on zeros, which also warms the session). Contributions are
 * by occlusion against a zero input: feature {@code i}'s is the score minus the score with feature
 * {@code i} set to 0 (exact for a linear graph, an approximation otherwise), computed in one batch
 * of {@code width + 1} rows.
 */
public final class OnnxScorer implements Scorer {
  static final String FILE = "model.onnx";

  /** The ONNX metadata key naming the model's features. */
  public static final String FEATURES_KEY = "nusatrade.features";

  private final byte[] onnx;
  private final ZooModel<NDList, NDList> model;
  private final Predictor<NDList, NDList> predictor;
  private final NDManager manager;
  private final int width;
  private final float[] one;
  private final float[][] batch;

  private OnnxScorer(byte[] onnx, ZooModel<NDList, NDList> model, int width) {
    this.onnx = onnx;
    this.model = model;
    this.predictor = model.newPredictor();
    this.manager = model.getNDManager().newSubManager();
    this.width = width;
    this.one = new float[width];
    this.batch = new float[width + 1][width];
  }

  /** Loads {@code dir/model.onnx} and checks it against {@code dir/model.json}'s features. */
  public static OnnxScorer load(Path dir) throws IOException {
    List<String> names = ModelStore.readMetadata(dir).featureNames();
    Path file = dir.resolve(FILE);
    byte[] bytes = Files.readAllBytes(file);
    ZooModel<NDList, NDList> model;
    try {
      model =
          Criteria.builder()
              .setTypes(NDList.class, NDList.class)
              .optModelPath(file)
              .optEngine("OnnxRuntime")
              .optTranslator(new NoopTranslator())
              .build()
              .loadModel();
    } catch (ModelNotFoundException | MalformedModelException | RuntimeException e) {
      throw new IOException("cannot load ONNX model " + file + ": " + e.getMessage(), e);
    }
    try {
      OrtSymbolBlock block = (OrtSymbolBlock) model.getBlock();
      String declared = block.getCustomMetadata().get(FEATURES_KEY);
      if (declared == null) {
        throw new IOException(
            file + " declares no features: its metadata must have " + FEATURES_KEY);
      }
      List<String> features = Arrays.stream(declared.split(",")).map(String::strip).toList();
      if (!features.equals(names)) {
        throw new IOException(
            file + " was trained on features " + features + " but model.json serves " + names);
      }
      OnnxScorer scorer = new OnnxScorer(bytes, model, names.size());
      try {
        scorer.score(new double[names.size()]);
      } catch (RuntimeException e) {
        // the model (and the predictor's manager under it) is closed below
        throw new IOException(
            file + " does not take [N, " + names.size() + "] features: " + e.getMessage(), e);
      }
      return scorer;
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  @Override
  public ModelKind kind() {
    return ModelKind.ONNX;
  }

  @Override
  public double score(double[] features) {
    for (int j = 0; j < width; j++) {
      one[j] = (float) features[j];
    }
    return run(new float[][] {one})[0];
  }

  @Override
  public void contributions(double[] features, double[] dest) {
    for (int r = 0; r <= width; r++) {
      for (int j = 0; j < width; j++) {
        batch[r][j] = r > 0 && j == r - 1 ? 0f : (float) features[j];
      }
    }
    float[] scores = run(batch);
    double sum = 0;
    for (int j = 0; j < width; j++) {
      dest[j] = scores[0] - scores[j + 1];
      sum += dest[j];
    }
    dest[width] = scores[0] - sum;
  }

  private float[] run(float[][] rows) {
    try (NDManager call = manager.newSubManager()) {
      NDList out = predictor.predict(new NDList(call.create(rows)));
      return out.singletonOrThrow().toFloatArray();
    } catch (TranslateException e) {
      throw new IllegalStateException("ONNX model failed to score: " + e.getMessage(), e);
    }
  }

  @Override
  public void save(Path dir) throws IOException {
    Files.write(dir.resolve(FILE), onnx);
  }

  @Override
  public void close() {
    predictor.close();
    manager.close();
    model.close();
  }
}
