package id.nusatrade.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {
  private static final String TENANT_A = "11111111-1111-1111-1111-111111111111";

  @Test
  void roles_come_from_the_groups_claim_and_tenant_from_tenant_id() {
    var user =
        TokenClaims.toUser(
            "officer-a",
            Map.of(
                "groups", List.of("compliance-officer", "offline_access"), "tenant_id", TENANT_A),
            role -> false);

    assertThat(user).isPresent();
    assertThat(user.get().roles()).containsExactly(Role.COMPLIANCE_OFFICER);
    assertThat(user.get().tenantId()).isEqualTo(TenantId.of(TENANT_A));
  }

  @Test
  void roles_granted_by_the_container_mapping_count_too() {
    var user =
        TokenClaims.toUser("admin", Map.of("tenant_id", TENANT_A), role -> role.equals("admin"));

    assertThat(user.orElseThrow().roles()).isEqualTo(Set.of(Role.ADMIN));
  }

  @Test
  void no_tenant_claim_means_no_signed_in_user() {
    assertThat(TokenClaims.toUser("trader-a", Map.of("groups", List.of("trader")), r -> true))
        .isEmpty();
    assertThat(TokenClaims.toUser("trader-a", Map.of("tenant_id", "not-a-uuid"), r -> true))
        .isEmpty();
  }

  @Test
  void anonymous_request_means_no_signed_in_user() {
    assertThat(TokenClaims.toUser(null, Map.of("tenant_id", TENANT_A), r -> true)).isEmpty();
  }
}
