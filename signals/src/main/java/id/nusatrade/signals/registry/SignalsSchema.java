package id.nusatrade.signals.registry;

/**
 * The model registry's schema scripts, owned by this module (resources {@code db/signals}) and run
 * by the server's Flyway as Java migrations in the range V70–V74, as billing's are.
 */
public final class SignalsSchema {
  /** V70: {@code signal_model}, row-level security, the application role's grants. */
  public static final String V70 = "/db/signals/V70__model_registry.sql";

  private SignalsSchema() {}
}
