package id.nusatrade.ui.support;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import id.nusatrade.domain.time.IndonesianZone;
import id.nusatrade.ui.security.SignedInUser;
import java.util.List;
import java.util.Set;

/** The demo tenants and users of the shared conventions (realm and database seed). */
public final class DemoData {
  public static final TenantId TENANT_A = TenantId.of("11111111-1111-1111-1111-111111111111");
  public static final TenantId TENANT_B = TenantId.of("22222222-2222-2222-2222-222222222222");

  /** Tenant A's demo terminal (account 80001) streaming ETHUSD, and tenant B's (90001). */
  public static final FeedId ETH_A = new FeedId(TENANT_A, 80001, "ETHUSD");

  public static final FeedId ETH_B = new FeedId(TENANT_B, 90001, "ETHUSD");

  public static final Tenant DEMO_NUSANTARA =
      new Tenant(TENANT_A, "PT Demo Nusantara", Tier.PRO, IndonesianZone.WIB);
  public static final Tenant CONTOH_BORNEO =
      new Tenant(TENANT_B, "CV Contoh Borneo", Tier.FREE, IndonesianZone.WITA);

  public static final List<User> USERS =
      List.of(
          user("aaaaaaaa-0000-0000-0000-000000000001", TENANT_A, "trader-a", Role.TRADER),
          user("bbbbbbbb-0000-0000-0000-000000000001", TENANT_B, "trader-b", Role.TRADER),
          user(
              "aaaaaaaa-0000-0000-0000-000000000002",
              TENANT_A,
              "officer-a",
              Role.COMPLIANCE_OFFICER),
          user("aaaaaaaa-0000-0000-0000-000000000003", TENANT_A, "staff-a", Role.BUSINESS_STAFF),
          user("aaaaaaaa-0000-0000-0000-000000000004", TENANT_A, "admin", Role.ADMIN));

  private DemoData() {}

  public static InMemoryTenantRepository repository() {
    return new InMemoryTenantRepository(List.of(DEMO_NUSANTARA, CONTOH_BORNEO), USERS);
  }

  public static SignedInUser signedIn(String username, TenantId tenant, Role... roles) {
    return new SignedInUser(username, tenant, Set.of(roles));
  }

  private static User user(String id, TenantId tenant, String name, Role role) {
    return new User(UserId.of(id), tenant, name, name + "@demo.nusatrade.id", Set.of(role));
  }
}
