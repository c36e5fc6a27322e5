package id.nusatrade.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {
  @Test
  void constantsAreTheTokenNamesOfTheDomainRoles() {
    assertThat(Set.of(Roles.TRADER, Roles.COMPLIANCE_OFFICER, Roles.BUSINESS_STAFF, Roles.ADMIN))
        .containsExactlyInAnyOrder("trader", "compliance-officer", "business-staff", "admin");
    for (String name :
        Set.of(Roles.TRADER, Roles.COMPLIANCE_OFFICER, Roles.BUSINESS_STAFF, Roles.ADMIN)) {
      assertThat(Role.fromClaim(name).claim()).isEqualTo(name);
    }
  }

  @Test
  void officerAndAdminReadsAreAuditedTraderReadsAreNot() {
    assertThat(Roles.readIsAudited(caller(Role.COMPLIANCE_OFFICER))).isTrue();
    assertThat(Roles.readIsAudited(caller(Role.ADMIN))).isTrue();
    assertThat(Roles.readIsAudited(caller(Role.TRADER))).isFalse();
  }

  private static Caller caller(Role role) {
    return new Caller("someone", Optional.empty(), Set.of(role), "session");
  }
}
