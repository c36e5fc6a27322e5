package id.nusatrade.signals.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's rules over a registry kept in a list (the SQL one is exercised over HTTP in
 * liberty-server's TradingApiIT): the shipped default becomes a fresh tenant's live model, a
 * promote or roll back changes what {@link ModelService#live} answers at once, and per-user models
 * need the plan's custom models.
 */
class ModelServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC);
  private static final TenantId PRO = TenantId.of("11111111-1111-1111-1111-111111111111");

  @TempDir Path models;

  private final InMemoryModelRegistry registry = new InMemoryModelRegistry();

  private ModelService service(Tier tier) {
    return new ModelService(
        registry, models, RegistryFixtures.tenants(tier), RegistryFixtures.catalog(), CLOCK);
  }

  @Test
  void aFreshTenantGetsTheShippedDefaultModelLiveOnce() {
    ModelService service = service(Tier.PRO);
    RegisteredModel live = service.live(PRO);
    assertEquals("lightgbm-0d608510d42a", live.version());
    assertEquals(ModelStatus.LIVE, live.status());
    assertTrue(live.artifactDir().startsWith(models));
    assertTrue(live.metrics().contains("\"balancedAccuracy\""), live.metrics());
    assertSame(live, service.live(PRO), "held in memory: no registry call per bar");
    assertEquals(1, service.list(PRO).size());
    // a second server process finds it registered, not a second copy
    assertEquals(live.id(), service(Tier.PRO).live(PRO).id());
    assertEquals(1, registry.models.size());
  }

  @Test
  void promoteAndRollbackChangeTheLiveModelAtOnce() {
    ModelService service = service(Tier.PRO);
    RegisteredModel first = service.live(PRO);
    RegisteredModel candidate = registry.register(copy(first, null, "lightgbm-candidate"));

    RegisteredModel promoted = service.promote(PRO, candidate.id());
    assertEquals(candidate.id(), service.live(PRO).id());
    assertEquals(first.id(), promoted.replaced());

    RegisteredModel restored = service.rollback(PRO, candidate.id());
    assertEquals(first.id(), restored.id());
    assertEquals(first.id(), service.live(PRO).id());
    ModelException again =
        assertThrows(ModelException.class, () -> service.rollback(PRO, candidate.id()));
    assertEquals(ModelException.Kind.CONFLICT, again.kind());
    ModelException unknown =
        assertThrows(ModelException.class, () -> service.promote(PRO, UUID.randomUUID()));
    assertEquals(ModelException.Kind.NOT_FOUND, unknown.kind());
    ModelException otherTenant =
        assertThrows(
            ModelException.class, () -> service.promote(TenantId.random(), candidate.id()));
    assertEquals(ModelException.Kind.NOT_FOUND, otherTenant.kind());
  }

  @Test
  void perUserModelsAreForPlansWithCustomModelsOnly() {
    RegisteredModel base = service(Tier.PRO).live(PRO);
    RegisteredModel mine = registry.register(copy(base, "trader-a", "lightgbm-mine"));
    ModelException refused =
        assertThrows(ModelException.class, () -> service(Tier.PRO).promote(PRO, mine.id()));
    assertEquals(ModelException.Kind.NOT_ENTITLED, refused.kind());

    ModelService enterprise = service(Tier.ENTERPRISE);
    assertEquals(ModelStatus.LIVE, enterprise.promote(PRO, mine.id()).status());
    assertEquals(base.id(), enterprise.live(PRO).id(), "the tenant's feed keeps its own model");
  }

  @Test
  void aPromoteByAnotherProcessIsSeenWithinTheRecheckInterval() {
    Instant[] now = {CLOCK.instant()};
    Clock moving =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    ModelService feed =
        new ModelService(
            registry,
            models,
            RegistryFixtures.tenants(Tier.PRO),
            RegistryFixtures.catalog(),
            moving);
    ModelService page = service(Tier.PRO); // the models page of the other WAR
    RegisteredModel first = feed.live(PRO);
    RegisteredModel candidate = registry.register(copy(first, null, "lightgbm-candidate"));

    page.promote(PRO, candidate.id());
    now[0] = now[0].plus(ModelService.RECHECK).minusMillis(1);
    assertEquals(first.id(), feed.live(PRO).id(), "held: no registry call per decision");
    now[0] = now[0].plusMillis(1);
    assertEquals(candidate.id(), feed.live(PRO).id(), "confirmed with the registry");
    assertEquals(ModelStatus.LIVE, feed.live(PRO).status());
  }

  private static RegisteredModel copy(RegisteredModel m, String owner, String version) {
    return new RegisteredModel(
        UUID.randomUUID(),
        m.tenant(),
        owner,
        version,
        m.kind(),
        m.featureSpec(),
        m.horizon(),
        null,
        null,
        0,
        "{}",
        m.artifactDir(),
        ModelStatus.CANDIDATE,
        m.createdAt(),
        m.createdAt(),
        null);
  }
}
