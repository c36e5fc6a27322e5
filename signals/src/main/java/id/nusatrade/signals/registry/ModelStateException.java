package id.nusatrade.signals.registry;

/** The model exists but cannot do what was asked in its state (roll back a model not live...). */
public final class ModelStateException extends RuntimeException {
  public ModelStateException(String message) {
    super(message);
  }
}
