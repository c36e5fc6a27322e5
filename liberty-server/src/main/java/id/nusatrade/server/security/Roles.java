package id.nusatrade.server.security;

import id.nusatrade.domain.tenant.Role;
import java.util.Set;

/**
 * Role names as compile-time constants for {@code @RolesAllowed} (annotations cannot call {@link
 * Role#claim()}; a unit test keeps the two in step), and who may do what.
 */
public final class Roles {
  public static final String TRADER = "trader";
  public static final String COMPLIANCE_OFFICER = "compliance-officer";
  public static final String BUSINESS_STAFF = "business-staff";
  public static final String ADMIN = "admin";

  /** Roles whose reads of tenant data are recorded: they act on accounts not their own. */
  private static final Set<Role> AUDITED_READERS = Set.of(Role.COMPLIANCE_OFFICER, Role.ADMIN);

  private Roles() {}

  /** A read by an officer or admin is audited; a trader reading their own account is not. */
  public static boolean readIsAudited(Caller caller) {
    return !caller.has(Role.TRADER) && caller.roles().stream().anyMatch(AUDITED_READERS::contains);
  }
}
