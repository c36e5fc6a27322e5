package id.nusatrade.billing.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.billing.subscription.BillingException;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {
  private static final TenantId A = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final TenantId B = TenantId.of("22222222-2222-2222-2222-222222222222");
  private static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");

  private final InMemoryBillingStore store = new InMemoryBillingStore();
  private final ApiKeyService keys =
      new ApiKeyService(store, new SecureRandom(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aCreatedKeyAuthenticatesAsItsOwnerAndIsStoredOnlyAsAHash() {
    CreatedApiKey created = keys.create(A, "trader-a", Set.of(Role.TRADER), "  my bot ");

    assertThat(created.key().name()).isEqualTo("my bot");
    assertThat(created.toString()).doesNotContain(created.secret());
    assertThat(keys.authenticate(created.secret()))
        .contains(new ApiKeyOwner(created.key().id(), A, "trader-a", Set.of(Role.TRADER)));
    assertThat(store.apiKeys.get(created.key().id()).toString())
        .doesNotContain(created.secret().substring(17));
  }

  @Test
  void listingShowsTheOwnersKeysOnly() {
    CreatedApiKey mine = keys.create(A, "trader-a", Set.of(Role.TRADER), "mine");
    keys.create(A, "staff-a", Set.of(Role.BUSINESS_STAFF), "colleague's");
    keys.create(B, "trader-b", Set.of(Role.TRADER), "other tenant's");

    assertThat(keys.list(A, "trader-a")).extracting(ApiKey::id).containsExactly(mine.key().id());
  }

  @Test
  void aRevokedKeyNoLongerAuthenticatesAndAnotherTenantCannotRevokeIt() {
    CreatedApiKey created = keys.create(A, "trader-a", Set.of(Role.TRADER), "bot");
    String id = created.key().id();

    assertThat(keys.revoke(B, "trader-a", id)).isFalse();
    assertThat(keys.authenticate(created.secret())).isPresent();

    assertThat(keys.revoke(A, "trader-a", id)).isTrue();
    assertThat(keys.authenticate(created.secret())).isEmpty();
    assertThat(keys.list(A, "trader-a").getFirst().revokedAt()).contains(NOW);
    assertThat(keys.rotate(A, "trader-a", id)).isEmpty();
  }

  @Test
  void rotationReplacesTheSecretAtOnce() {
    CreatedApiKey created = keys.create(A, "trader-a", Set.of(Role.TRADER), "bot");

    CreatedApiKey rotated = keys.rotate(A, "trader-a", created.key().id()).orElseThrow();

    assertThat(rotated.key().id()).isEqualTo(created.key().id());
    assertThat(rotated.key().rotatedAt()).contains(NOW);
    assertThat(keys.authenticate(created.secret())).isEmpty();
    assertThat(keys.authenticate(rotated.secret())).isPresent();
    assertThat(keys.rotate(B, "trader-a", created.key().id())).isEmpty();
  }

  @Test
  void aForgedSecretForARealIdIsRefused() {
    CreatedApiKey created = keys.create(A, "trader-a", Set.of(Role.TRADER), "bot");

    assertThat(keys.authenticate("ntk_" + created.key().id() + "_" + "A".repeat(43))).isEmpty();
    assertThat(keys.authenticate("Bearer nonsense")).isEmpty();
  }

  @Test
  void aKeyNeedsAName() {
    assertThatThrownBy(() -> keys.create(A, "trader-a", Set.of(Role.TRADER), " "))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> keys.create(A, "trader-a", Set.of(Role.TRADER), "x".repeat(101)))
        .isInstanceOf(BillingException.class);
  }
}
