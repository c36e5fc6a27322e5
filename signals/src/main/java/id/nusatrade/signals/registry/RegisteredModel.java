package id.nusatrade.signals.registry;

import id.nusatrade.domain.tenant.TenantId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One model version in the registry.
 *
 * @param ownerUser null for the tenant's model (the live feed); a user id for a per-user model
 * @param trainedFrom first bar of the training data, null if unknown
 * @param trainedTo last bar whose label training used, null if unknown
 * @param metrics the out-of-sample report as JSON text ({@code {}} when none)
 * @param artifactDir the model directory on disk ({@code model.json} + artifact)
 * @param replaced the live model this one replaced when promoted (the rollback target), or null
 */
public record RegisteredModel(
    UUID id,
    TenantId tenant,
    String ownerUser,
    String version,
    String kind,
    String featureSpec,
    int horizon,
    Instant trainedFrom,
    Instant trainedTo,
    int trainingSamples,
    String metrics,
    Path artifactDir,
    ModelStatus status,
    Instant createdAt,
    Instant statusChangedAt,
    UUID replaced) {
  public RegisteredModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(featureSpec, "featureSpec");
    Objects.requireNonNull(artifactDir, "artifactDir");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(statusChangedAt, "statusChangedAt");
    metrics = metrics == null || metrics.isBlank() ? "{}" : metrics;
  }

  public boolean live() {
    return status == ModelStatus.LIVE;
  }
}
