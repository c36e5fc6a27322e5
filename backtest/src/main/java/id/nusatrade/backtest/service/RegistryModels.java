package id.nusatrade.backtest.service;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.signals.registry.RegisteredModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link BacktestModels} on the signals registry: {@link ModelService#visibleTo} decides which
 * models a user may see (the tenant's and the user's own, never another tenant's or user's). The
 * service is supplied lazily: the registry starts with the signals runtime.
 */
public final class RegistryModels implements BacktestModels {
  private final Supplier<ModelService> models;

  public RegistryModels(Supplier<ModelService> models) {
    this.models = models;
  }

  @Override
  public List<Choice> visibleTo(TenantId tenant, String user) {
    return models.get().visibleTo(tenant, user).stream()
        .map(m -> new Choice(m.id(), label(m)))
        .toList();
  }

  @Override
  public Optional<Path> directory(TenantId tenant, String user, UUID id) {
    return models.get().visibleTo(tenant, user).stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .map(RegisteredModel::artifactDir);
  }

  private static String label(RegisteredModel m) {
    return m.kind()
        + " "
        + m.version()
        + " ("
        + m.status().name().toLowerCase(java.util.Locale.ROOT)
        + (m.ownerUser() == null ? "" : ", " + m.ownerUser())
        + ")";
  }
}
