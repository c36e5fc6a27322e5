package id.nusatrade.backtest.service;

import id.nusatrade.domain.tenant.TenantId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The registry models a backtest may use: only those the caller may see (the tenant's and the
 * caller's own, as the signals registry decides). The platform wires {@link RegistryModels}.
 */
public interface BacktestModels {
  /** No registry: every model id is unknown. */
  BacktestModels NONE =
      new BacktestModels() {
        @Override
        public List<Choice> visibleTo(TenantId tenant, String user) {
          return List.of();
        }

        @Override
        public Optional<Path> directory(TenantId tenant, String user, UUID id) {
          return Optional.empty();
        }
      };

  /** A model to offer: its id and a label (kind, version, status). */
  record Choice(UUID id, String label) {}

  /** The models {@code user} of {@code tenant} may run a backtest with, oldest first. */
  List<Choice> visibleTo(TenantId tenant, String user);

  /** The model directory of {@code id} if {@code user} may see it; else empty. */
  Optional<Path> directory(TenantId tenant, String user, UUID id);
}
