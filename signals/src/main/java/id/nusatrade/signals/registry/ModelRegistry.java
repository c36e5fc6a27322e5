package id.nusatrade.signals.registry;

import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the registered models of each tenant. Every call is scoped to one tenant: another tenant's
 * id is as unknown as none. Promote and roll back are atomic: the scope (tenant and owner) has
 * exactly one live model before and after, never zero or two.
 */
public interface ModelRegistry {
  List<RegisteredModel> list(TenantId tenant);

  Optional<RegisteredModel> find(TenantId tenant, UUID id);

  /** The live model of the tenant ({@code ownerUser} null) or of one of its users. */
  Optional<RegisteredModel> live(TenantId tenant, String ownerUser);

  /**
   * Adds a model; the one already registered with the same version in the same scope if any (a
   * registration is idempotent).
   */
  RegisteredModel register(RegisteredModel model);

  /**
   * Makes {@code id} live in its scope and retires the live one, which the promoted model records
   * as replaced. Promoting the live model changes nothing.
   *
   * @throws ModelException NOT_FOUND when the tenant has no such model
   */
  RegisteredModel promote(TenantId tenant, UUID id, Instant at);

  /**
   * Retires the live model {@code id} and makes the model it replaced live again; returns that one.
   *
   * @throws ModelException NOT_FOUND when the tenant has no such model
   * @throws ModelException CONFLICT when {@code id} is not live or replaced no model
   */
  RegisteredModel rollback(TenantId tenant, UUID id, Instant at);
}
