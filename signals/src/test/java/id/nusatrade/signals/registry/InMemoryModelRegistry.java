package id.nusatrade.signals.registry;

import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The registry's contract over a list (one tenant's rows are invisible to another), for tests of
 * the service and of the views over it; the SQL one is exercised over HTTP in TradingApiIT.
 */
public final class InMemoryModelRegistry implements ModelRegistry {
  public final List<RegisteredModel> models = new ArrayList<>();

  @Override
  public synchronized List<RegisteredModel> list(TenantId tenant) {
    return models.stream().filter(m -> m.tenant().equals(tenant)).toList();
  }

  @Override
  public synchronized Optional<RegisteredModel> find(TenantId tenant, UUID id) {
    return list(tenant).stream().filter(m -> m.id().equals(id)).findFirst();
  }

  @Override
  public synchronized Optional<RegisteredModel> live(TenantId tenant, String ownerUser) {
    return list(tenant).stream()
        .filter(m -> m.live() && java.util.Objects.equals(m.ownerUser(), ownerUser))
        .findFirst();
  }

  @Override
  public synchronized RegisteredModel register(RegisteredModel model) {
    for (RegisteredModel m : list(model.tenant())) {
      if (m.version().equals(model.version())
          && java.util.Objects.equals(m.ownerUser(), model.ownerUser())) {
        return m;
      }
    }
    models.add(model);
    return model;
  }

  @Override
  public synchronized RegisteredModel promote(TenantId tenant, UUID id, Instant at) {
    RegisteredModel target = find(tenant, id).orElseThrow(() -> ModelException.notFound(id));
    if (target.live()) {
      return target;
    }
    Optional<RegisteredModel> live = live(tenant, target.ownerUser());
    live.ifPresent(l -> replace(l, ModelStatus.RETIRED, l.replaced(), at));
    return replace(target, ModelStatus.LIVE, live.map(RegisteredModel::id).orElse(null), at);
  }

  @Override
  public synchronized RegisteredModel rollback(TenantId tenant, UUID id, Instant at) {
    RegisteredModel target = find(tenant, id).orElseThrow(() -> ModelException.notFound(id));
    if (!target.live() || target.replaced() == null) {
      throw new ModelException(ModelException.Kind.CONFLICT, "cannot roll back " + id);
    }
    RegisteredModel previous = find(tenant, target.replaced()).orElseThrow();
    replace(target, ModelStatus.RETIRED, target.replaced(), at);
    return replace(previous, ModelStatus.LIVE, previous.replaced(), at);
  }

  private RegisteredModel replace(
      RegisteredModel m, ModelStatus status, UUID replaced, Instant at) {
    RegisteredModel changed =
        new RegisteredModel(
            m.id(),
            m.tenant(),
            m.ownerUser(),
            m.version(),
            m.kind(),
            m.featureSpec(),
            m.horizon(),
            m.trainedFrom(),
            m.trainedTo(),
            m.trainingSamples(),
            m.metrics(),
            m.artifactDir(),
            status,
            m.createdAt(),
            at,
            replaced);
    models.set(models.indexOf(m), changed);
    return changed;
  }
}
