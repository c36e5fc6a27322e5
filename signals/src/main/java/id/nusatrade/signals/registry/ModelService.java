package id.nusatrade.signals.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.signals.model.ModelMetadata;
import id.nusatrade.signals.model.ModelStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry's business rules and the live model of each tenant, held in memory for the fast
 * path: {@link #live(TenantId)} is a map read, swapped right after a promote or a roll back
 * commits, so the next decision uses the new model with no restart. A tenant with no model gets the
 * shipped default, registered and made live on first use. Per-user models need the tier's {@code
 * customModels} entitlement (Enterprise in the standard catalog).
 */
public final class ModelService {
  /**
   * How long a held live model is answered without asking the registry again. A promote in this
   * process swaps at once; one made by another process (the other WAR's models page, a second
   * server) is seen by this one's next decision after at most this long.
   */
  public static final java.time.Duration RECHECK = java.time.Duration.ofSeconds(5);

  /** The live model held for the fast path and when the registry last confirmed it. */
  private record Held(RegisteredModel model, Instant checkedAt) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ModelRegistry registry;
  private final Path modelsDir;
  private final TenantRepository tenants;
  private final EntitlementCatalog catalog;
  private final Clock clock;
  private final Map<TenantId, Held> live = new ConcurrentHashMap<>();
  private volatile Path defaultModel;

  public ModelService(
      ModelRegistry registry,
      Path modelsDir,
      TenantRepository tenants,
      EntitlementCatalog catalog,
      Clock clock) {
    this.registry = registry;
    this.modelsDir = modelsDir;
    this.tenants = tenants;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** The tenant's models, oldest first (the default one registered if it had none). */
  public List<RegisteredModel> list(TenantId tenant) {
    live(tenant);
    return registry.list(tenant);
  }

  /**
   * The models a user of the tenant may see and act on, oldest first: the tenant's own and that
   * user's per-user models, never another user's.
   */
  public List<RegisteredModel> visibleTo(TenantId tenant, String user) {
    return list(tenant).stream()
        .filter(m -> m.ownerUser() == null || m.ownerUser().equals(user))
        .toList();
  }

  /** Whether model {@code id} is one of {@link #visibleTo}'s. */
  public boolean isVisibleTo(TenantId tenant, String user, UUID id) {
    return visibleTo(tenant, user).stream().anyMatch(m -> m.id().equals(id));
  }

  /**
   * The tenant's live model (the one the signals feed decides with): a map read, confirmed with the
   * registry at most every {@link #RECHECK}.
   */
  public RegisteredModel live(TenantId tenant) {
    Held held = live.get(tenant);
    Instant now = clock.instant();
    if (held != null && now.isBefore(held.checkedAt().plus(RECHECK))) {
      return held.model();
    }
    RegisteredModel loaded =
        registry
            .live(tenant, null)
            .orElseGet(
                () -> registry.promote(tenant, registerDefault(tenant).id(), clock.instant()));
    if (held != null && held.model().equals(loaded)) {
      live.replace(tenant, held, new Held(held.model(), now));
      return held.model();
    }
    live.put(tenant, new Held(loaded, now));
    return loaded;
  }

  /**
   * Registers the model directory {@code dir} (written by {@code ./nusatrade train}) as a candidate
   * of the tenant, or of one of its users ({@code ownerUser} not null, Enterprise only).
   */
  public RegisteredModel register(TenantId tenant, String ownerUser, Path dir) {
    if (ownerUser != null && !entitlements(tenant).customModels()) {
      throw ModelException.notEntitled();
    }
    try {
      ModelMetadata m = ModelStore.readMetadata(dir);
      Instant now = clock.instant();
      return registry.register(
          new RegisteredModel(
              UUID.randomUUID(),
              tenant,
              ownerUser,
              m.version(),
              m.kind(),
              m.featureSpec(),
              m.horizon(),
              m.trainedFrom() > 0 ? Instant.ofEpochMilli(m.trainedFrom()) : null,
              m.trainedTo() > 0 ? Instant.ofEpochMilli(m.trainedTo()) : null,
              m.trainingSamples(),
              metrics(dir),
              dir.toAbsolutePath(),
              ModelStatus.CANDIDATE,
              now,
              now,
              null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot register the model in " + dir, e);
    }
  }

  /**
   * Registers an uploaded model directory ({@code files}: name → content, checked by {@link
   * ModelUpload}) as a candidate of the tenant, or of one of its users ({@code ownerUser} not null,
   * Enterprise only); promote it to make it live.
   */
  public RegisteredModel upload(TenantId tenant, String ownerUser, Map<String, byte[]> files) {
    if (ownerUser != null && !entitlements(tenant).customModels()) {
      throw ModelException.notEntitled();
    }
    return register(tenant, ownerUser, ModelUpload.store(modelsDir, files));
  }

  /** Makes the model live in its scope; the tenant's feed uses it from its next decision on. */
  public RegisteredModel promote(TenantId tenant, UUID id) {
    RegisteredModel model =
        registry.find(tenant, id).orElseThrow(() -> ModelException.notFound(id));
    if (model.ownerUser() != null && !entitlements(tenant).customModels()) {
      throw ModelException.notEntitled();
    }
    RegisteredModel promoted = registry.promote(tenant, id, clock.instant());
    swapIn(promoted);
    return promoted;
  }

  /** Retires the live model {@code id}; the one it replaced is live again (and returned). */
  public RegisteredModel rollback(TenantId tenant, UUID id) {
    RegisteredModel restored = registry.rollback(tenant, id, clock.instant());
    swapIn(restored);
    return restored;
  }

  /** What the tenant's tier includes now. */
  public Entitlements entitlements(TenantId tenant) {
    Tenant t =
        tenants
            .findTenant(tenant, tenant)
            .orElseThrow(() -> new IllegalStateException("unknown tenant " + tenant));
    return catalog.entitlementsOf(t.tier(), clock.instant());
  }

  private void swapIn(RegisteredModel nowLive) {
    if (nowLive.ownerUser() == null) {
      live.put(nowLive.tenant(), new Held(nowLive, clock.instant()));
    }
  }

  private RegisteredModel registerDefault(TenantId tenant) {
    try {
      Path dir = defaultModel;
      if (dir == null) {
        dir = DefaultModel.install(modelsDir);
        defaultModel = dir;
      }
      return register(tenant, null, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install the default model in " + modelsDir, e);
    }
  }

  /** The out-of-sample figures and baselines of the model's report.json ({} without one). */
  static String metrics(Path dir) throws IOException {
    Path report = dir.resolve("report.json");
    if (!Files.isRegularFile(report)) {
      return "{}";
    }
    JsonNode r = JSON.readTree(report.toFile());
    ObjectNode metrics = JSON.createObjectNode();
    if (r.get("outOfSample") instanceof ObjectNode oos) {
      ObjectNode copy = oos.deepCopy();
      copy.remove("calibration");
      metrics.set("outOfSample", copy);
    }
    if (r.has("baselines")) {
      metrics.set("baselines", r.get("baselines"));
    }
    return JSON.writeValueAsString(metrics);
  }
}
