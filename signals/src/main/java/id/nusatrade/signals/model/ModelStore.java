package id.nusatrade.signals.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A model directory: the artifact file(s) of its kind ({@code lightgbm.txt}, {@code xgboost.ubj},
 * {@code mlp.json}, {@code ensemble.json}, {@code model.onnx}) and {@code model.json} ({@link
 * ModelMetadata}). The version is the kind plus the first 12 hex digits of the SHA-256 of the
 * artifacts.
 */
public final class ModelStore {
  public static final String METADATA = "model.json";
  private static final List<String> ARTIFACTS =
      List.of(
          LightGbmScorer.FILE,
          XgBoostScorer.FILE,
          MlpScorer.FILE,
          EnsembleScorer.FILE,
          OnnxScorer.FILE);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelStore() {}

  /** Writes the artifacts and the metadata (with its version set); returns the saved metadata. */
  public static ModelMetadata save(Path dir, Scorer scorer, ModelMetadata metadata)
      throws IOException {
    Files.createDirectories(dir);
    for (String file : ARTIFACTS) {
      Files.deleteIfExists(dir.resolve(file));
    }
    scorer.save(dir);
    ModelMetadata versioned = metadata.withVersion(scorer.kind().id() + "-" + hash(dir));
    JSON.writeValue(dir.resolve(METADATA).toFile(), versioned);
    return versioned;
  }

  public static ModelMetadata readMetadata(Path dir) throws IOException {
    Path file = dir.resolve(METADATA);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "not a model directory (no model.json)");
    }
    return JSON.readValue(file.toFile(), ModelMetadata.class);
  }

  public static CalibratedModel load(Path dir) throws IOException {
    return load(dir, CalibratedModel.TOP);
  }

  /** Loads with decisions carrying {@code contributions} contributions (0: none, fastest). */
  public static CalibratedModel load(Path dir, int contributions) throws IOException {
    ModelMetadata metadata = readMetadata(dir);
    Scorer scorer = ModelKind.parse(metadata.kind()).load(dir);
    return new CalibratedModel(scorer, metadata, contributions);
  }

  /** The file names a model directory may hold: the metadata and every kind's artifact. */
  public static List<String> files() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(METADATA), ARTIFACTS.stream())
        .toList();
  }

  /**
   * The version the artifacts in {@code dir} have (kind from {@code model.json} + content hash), to
   * check a model directory that was copied or uploaded against the version it claims.
   */
  public static String version(Path dir) throws IOException {
    return readMetadata(dir).kind() + "-" + hash(dir);
  }

  private static String hash(Path dir) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String file : ARTIFACTS) {
        Path path = dir.resolve(file);
        if (Files.exists(path)) {
          digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(path));
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
