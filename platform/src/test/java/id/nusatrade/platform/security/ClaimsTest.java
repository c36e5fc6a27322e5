package id.nusatrade.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimsTest {
  private static final String TENANT_A = "11111111-1111-1111-1111-111111111111";

  @Test
  void keeps_only_platform_roles_from_groups() {
    assertThat(Claims.roles(Set.of("trader", "offline_access", "default-roles-nusatrade")))
        .containsExactly(Role.TRADER);
    assertThat(Claims.roles(null)).isEmpty();
  }

  @Test
  void roles_granted_by_the_container_mapping_count_too() {
    assertThat(Claims.roles(List.of("trader"), claim -> claim.equals("admin")))
        .containsExactlyInAnyOrder(Role.TRADER, Role.ADMIN);
  }

  @Test
  void tenant_claim_must_be_a_canonical_uuid() {
    assertThat(Claims.tenant(TENANT_A)).contains(TenantId.of(TENANT_A));
    assertThat(Claims.tenant(" " + TENANT_A + " ")).contains(TenantId.of(TENANT_A));
    assertThat(Claims.tenant("1-1-1-1-1")).isEmpty();
    assertThat(Claims.tenant("not-a-uuid")).isEmpty();
    assertThat(Claims.tenant(null)).isEmpty();
  }

  @Test
  void a_json_string_claim_loses_its_quotes_a_plain_string_keeps_them() {
    Object jsonString =
        new Object() {
          @Override
          public String toString() {
            return "\"" + TENANT_A + "\"";
          }
        };
    assertThat(Claims.text(jsonString)).isEqualTo(TENANT_A);
    assertThat(Claims.text("\"quoted\"")).isEqualTo("\"quoted\"");
    assertThat(Claims.text(null)).isNull();
  }
}
