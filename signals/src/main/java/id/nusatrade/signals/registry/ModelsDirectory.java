package id.nusatrade.signals.registry;

import java.nio.file.Path;

/**
 * Where model directories live on a running platform: {@code NUSATRADE_MODELS_DIR}, else {@code
 * <NUSATRADE_STATE_DIR>/models}, else {@code models} in the working directory. Both WARs (the REST
 * signals runtime and the models page) resolve it the same way.
 */
public final class ModelsDirectory {
  private ModelsDirectory() {}

  /** The directory from the two settings (null or blank when unset). */
  public static Path resolve(String modelsDir, String stateDir) {
    if (modelsDir != null && !modelsDir.isBlank()) {
      return Path.of(modelsDir.strip());
    }
    if (stateDir != null && !stateDir.isBlank()) {
      return Path.of(stateDir.strip(), "models");
    }
    return Path.of("models");
  }
}
