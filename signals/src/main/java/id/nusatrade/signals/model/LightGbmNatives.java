package id.nusatrade.signals.model;

import com.microsoft.ml.lightgbm.lightgbmlib;
import io.github.metarank.lightgbm4j.LGBMBooster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Loads LightGBM's native libraries from a directory of this process's own. lightgbm4j extracts
 * them to the fixed paths {@code $java.io.tmpdir/lib_lightgbm*.so}, so a second JVM starting while
 * the first runs overwrites the library the first has mapped: the first died with SIGBUS in {@code
 * LGBM_BoosterPredictForMat}. The files are deleted once loaded (Linux keeps them mapped).
 */
final class LightGbmNatives {
  private static boolean loaded;

  private LightGbmNatives() {}

  static synchronized void load() {
    if (loaded) {
      return;
    }
    String tmp = System.getProperty("java.io.tmpdir");
    Path own = null;
    try {
      own = Files.createTempDirectory("nusatrade-lightgbm-");
      System.setProperty("java.io.tmpdir", own.toString());
      LGBMBooster.loadNative();
      // one OpenMP thread for everything: one-row predictions on all cores spin threads that
      // cost milliseconds on a busy machine (training sets num_threads=1 as well)
      lightgbmlib.LGBM_SetMaxThreads(1);
      loaded = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load LightGBM's native library", e);
    } finally {
      System.setProperty("java.io.tmpdir", tmp);
      deleteQuietly(own);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
