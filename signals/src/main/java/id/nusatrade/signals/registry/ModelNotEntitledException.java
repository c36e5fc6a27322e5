package id.nusatrade.signals.registry;

/** The tenant's tier does not include this (per-user models are Enterprise only). */
public final class ModelNotEntitledException extends RuntimeException {
  public ModelNotEntitledException(String message) {
    super(message);
  }
}
