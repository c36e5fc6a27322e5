package id.nusatrade.billing.apikey;

import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.subscription.BillingException;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates, lists, rotates and revokes a user's API keys and verifies presented keys. A key is
 * scoped to its owner in its tenant: another user's or another tenant's key id is simply not found.
 * Only the SHA-256 of a secret is stored; the secret is returned once.
 */
public final class ApiKeyService {
  static final int MAX_NAME = 100;

  private final BillingStore store;
  private final SecureRandom random;
  private final Clock clock;

  public ApiKeyService(BillingStore store, SecureRandom random, Clock clock) {
    this.store = store;
    this.random = random;
    this.clock = clock;
  }

  public CreatedApiKey create(TenantId tenant, String owner, Set<Role> roles, String name) {
    String cleanName = name(name);
    ApiKeySecret secret = ApiKeySecret.generate(random);
    ApiKey key =
        new ApiKey(
            secret.id(),
            tenant,
            owner,
            roles,
            cleanName,
            clock.instant(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    store.inTenant(
        tenant,
        tx -> {
          tx.insertApiKey(key, secret.hash());
          return null;
        });
    return new CreatedApiKey(key, secret.reveal());
  }

  /** The owner's keys in the tenant, newest first, revoked ones included. */
  public List<ApiKey> list(TenantId tenant, String owner) {
    return store.inTenant(tenant, tx -> tx.apiKeys(owner));
  }

  /** Revokes the owner's key; false when the owner has no such key. Revoking twice is fine. */
  public boolean revoke(TenantId tenant, String owner, String id) {
    Instant now = clock.instant();
    return store.inTenant(tenant, tx -> tx.revokeApiKey(owner, id, now));
  }

  /**
   * A new secret for the owner's live key (same id and name); the old secret stops working at once.
   * Empty when the owner has no such live key.
   */
  public Optional<CreatedApiKey> rotate(TenantId tenant, String owner, String id) {
    ApiKeySecret secret = ApiKeySecret.rotate(id, random);
    Instant now = clock.instant();
    return store
        .inTenant(tenant, tx -> tx.rotateApiKey(owner, id, secret.hash(), now))
        .map(key -> new CreatedApiKey(key, secret.reveal()));
  }

  /** The owner a presented key acts for; empty when malformed, unknown, revoked or wrong. */
  public Optional<ApiKeyOwner> authenticate(String presented) {
    Optional<ApiKeySecret> secret = ApiKeySecret.parse(presented);
    if (secret.isEmpty()) {
      return Optional.empty();
    }
    String id = secret.get().id();
    return store
        .apiKeyCredentials(id)
        .filter(c -> secret.get().matches(c.secretHash()))
        .map(c -> new ApiKeyOwner(id, c.tenant(), c.owner(), c.roles()));
  }

  private static String name(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > MAX_NAME) {
      throw new BillingException(
          BillingException.Kind.INVALID_REQUEST,
          "name: an API key needs a name of 1 to " + MAX_NAME + " characters");
    }
    return clean;
  }
}
