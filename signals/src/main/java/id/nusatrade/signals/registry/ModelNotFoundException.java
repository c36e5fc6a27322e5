package id.nusatrade.signals.registry;

import java.util.UUID;

/** No model of that id in the caller's tenant (another tenant's id included). */
public final class ModelNotFoundException extends RuntimeException {
  public ModelNotFoundException(UUID id) {
    super("no model " + id);
  }
}
