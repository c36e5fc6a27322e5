package id.nusatrade.signals.registry;

import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Signals;
import id.nusatrade.signals.model.ModelMetadata;
import id.nusatrade.signals.model.ModelStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;

/**
 * A model directory sent to the platform (the files {@code ./nusatrade train} writes), checked
 * before it is stored: only known file names, at most {@link #MAX_BYTES} in all, a readable {@code
 * model.json} whose version matches its artifacts' content hash, and a model that loads and whose
 * feature spec builds exactly the features it was trained on. Stored as {@code
 * <modelsDir>/<version>} (written to a staging directory, then moved in atomically).
 */
public final class ModelUpload {
  /** The most an uploaded model may weigh, all files together. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  /** The training report, kept for its out-of-sample figures (optional). */
  public static final String REPORT = "report.json";

  private ModelUpload() {}

  /**
   * Checks {@code files} (name → content) and stores them under {@code modelsDir}; returns the
   * model's directory.
   *
   * @throws ModelException TOO_LARGE over {@link #MAX_BYTES}, INVALID naming what is wrong
   */
  public static Path store(Path modelsDir, Map<String, byte[]> files) {
    long total = files.values().stream().mapToLong(b -> b.length).sum();
    if (total > MAX_BYTES) {
      throw new ModelException(
          ModelException.Kind.TOO_LARGE,
          "the model's files weigh " + total + " bytes; at most " + MAX_BYTES + " are taken");
    }
    if (!files.containsKey(ModelStore.METADATA)) {
      throw invalid("the model has no " + ModelStore.METADATA);
    }
    for (String name : files.keySet()) {
      if (!name.equals(REPORT) && !ModelStore.files().contains(name)) {
        throw invalid(
            "unknown file '"
                + name
                + "' (a model directory holds "
                + String.join(", ", ModelStore.files())
                + " and "
                + REPORT
                + ")");
      }
    }
    try {
      Files.createDirectories(modelsDir);
      Path staging = modelsDir.resolve(".upload-" + UUID.randomUUID());
      Files.createDirectory(staging);
      try {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          Files.write(staging.resolve(f.getKey()), f.getValue());
        }
        String version = check(staging);
        Path target = modelsDir.resolve(version);
        if (Files.isRegularFile(target.resolve(ModelStore.METADATA))) {
          return target; // the same content is there already
        }
        try {
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
          // another upload of the same content moved in first
        }
        return target;
      } finally {
        deleteIfPresent(staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the uploaded model in " + modelsDir, e);
    }
  }

  /** The version of the model in {@code dir} once it loads and is consistent. */
  private static String check(Path dir) {
    ModelMetadata metadata;
    try {
      metadata = ModelStore.readMetadata(dir);
    } catch (IOException | RuntimeException e) {
      throw invalid(ModelStore.METADATA + " is not readable model metadata: " + e.getMessage());
    }
    if (metadata.kind() == null || metadata.version() == null || metadata.featureSpec() == null) {
      throw invalid(ModelStore.METADATA + " must name the kind, version and featureSpec");
    }
    try (BarSignals loaded = Signals.load(dir)) {
      String version = ModelStore.version(dir);
      if (!version.equals(metadata.version())) {
        throw invalid(
            ModelStore.METADATA
                + " says version "
                + metadata.version()
                + " but its artifacts are version "
                + version
                + " (an artifact was changed or is missing)");
      }
      return version;
    } catch (ModelException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw invalid("the " + metadata.kind() + " model does not load: " + e.getMessage());
    }
  }

  private static ModelException invalid(String message) {
    return new ModelException(ModelException.Kind.INVALID, message);
  }

  private static void deleteIfPresent(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var entries = Files.list(dir)) {
      for (Path p : entries.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }
}
