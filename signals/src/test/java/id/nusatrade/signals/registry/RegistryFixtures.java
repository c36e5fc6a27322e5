package id.nusatrade.signals.registry;

import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import id.nusatrade.domain.time.IndonesianZone;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the registry's service reads around it, for its tests: tenants of one tier, the catalog. */
public final class RegistryFixtures {
  private RegistryFixtures() {}

  /** Every tenant on {@code tier}. */
  public static TenantRepository tenants(Tier tier) {
    return new TenantRepository() {
      @Override
      public Optional<Tenant> findTenant(TenantId caller, TenantId id) {
        return Optional.of(new Tenant(id, "t", tier, IndonesianZone.WIB));
      }

      @Override
      public List<User> usersOf(TenantId caller) {
        return List.of();
      }

      @Override
      public Optional<User> findUser(TenantId caller, UserId id) {
        return Optional.empty();
      }
    };
  }

  /** The standard catalog's figures for what the service reads. */
  public static EntitlementCatalog catalog() {
    return new EntitlementCatalog() {
      @Override
      public Entitlements entitlementsOf(Tier tier, Instant at) {
        return switch (tier) {
          case FREE -> new Entitlements(100, false, false, false, false, 10);
          case PRO -> new Entitlements(2000, true, true, false, false, 100);
          case ENTERPRISE -> new Entitlements(-1, true, true, true, true, 1000);
        };
      }

      @Override
      public Idr monthlyPriceOf(Tier tier, Instant at) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
