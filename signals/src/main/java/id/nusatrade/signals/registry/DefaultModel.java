package id.nusatrade.signals.registry;

import id.nusatrade.signals.model.ModelMetadata;
import id.nusatrade.signals.model.ModelStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The model a fresh platform starts with, shipped in this jar ({@code models/default}): LightGBM
 * trained by {@code ./nusatrade train} on the Bitstamp BTC/USD 1-minute bars that ship with
 * ta4j-examples (horizon 5 bars, default features; docs/models.md "The shipped default model").
 */
public final class DefaultModel {
  private static final String RESOURCE = "/models/default/";
  private static final List<String> FILES =
      List.of(ModelStore.METADATA, "lightgbm.txt", "report.json");

  private DefaultModel() {}

  /**
   * Copies the shipped model into {@code modelsDir/<version>} unless it is there; returns that
   * directory.
   */
  public static Path install(Path modelsDir) throws IOException {
    Path staging =
        Files.createDirectories(modelsDir).resolve(".default-" + ProcessHandle.current().pid());
    Files.createDirectories(staging);
    for (String file : FILES) {
      try (InputStream in = DefaultModel.class.getResourceAsStream(RESOURCE + file)) {
        if (in == null) {
          throw new IOException(RESOURCE + file + " is missing from the signals jar");
        }
        Files.copy(in, staging.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    ModelMetadata metadata = ModelStore.readMetadata(staging);
    Path target = modelsDir.resolve(metadata.version());
    if (Files.isRegularFile(target.resolve(ModelStore.METADATA))) {
      for (String file : FILES) {
        Files.deleteIfExists(staging.resolve(file));
      }
      Files.delete(staging);
      return target;
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.FileAlreadyExistsException
        | java.nio.file.DirectoryNotEmptyException e) {
      // another process installed it first: the same content
      for (String file : FILES) {
        Files.deleteIfExists(staging.resolve(file));
      }
      Files.deleteIfExists(staging);
    }
    return target;
  }
}
