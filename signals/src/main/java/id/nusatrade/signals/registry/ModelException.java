package id.nusatrade.signals.registry;

import java.util.UUID;

/** A registry request refused, and why. */
public final class ModelException extends RuntimeException {
  /** Why: the server answers 404, 409, 403, 422 and 413 respectively. */
  public enum Kind {
    /** No model of that id in the caller's tenant (another tenant's id included). */
    NOT_FOUND,
    /** The model cannot do that in its state (roll back a model that is not live...). */
    CONFLICT,
    /** The tenant's plan does not include it (per-user models are Enterprise only). */
    NOT_ENTITLED,
    /** An uploaded model that cannot be served: what is wrong is named. */
    INVALID,
    /** An uploaded model larger than the registry takes. */
    TOO_LARGE
  }

  private final Kind kind;

  public ModelException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  static ModelException notFound(UUID id) {
    return new ModelException(Kind.NOT_FOUND, "no model " + id);
  }

  static ModelException notEntitled() {
    return new ModelException(
        Kind.NOT_ENTITLED,
        "per-user models are not included in the tenant's plan (Enterprise only)");
  }

  public Kind kind() {
    return kind;
  }
}
