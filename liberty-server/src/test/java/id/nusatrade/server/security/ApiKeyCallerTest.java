package id.nusatrade.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.billing.apikey.ApiKeyOwner;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyCallerTest {
  private static final TenantId TENANT = TenantId.of("22222222-2222-2222-2222-222222222222");

  @Test
  void whileBoundTheKeysOwnerIsTheCallerOfEveryResource() {
    ApiKeyCaller key =
        ApiKeyCaller.of(new ApiKeyOwner("abcdefgh2345", TENANT, "trader-b", Set.of(Role.TRADER)));

    try (ApiKeyCaller.Binding bound = key.bind()) {
      // the injected token of a key request is empty: it is not read at all
      Caller caller = TokenClaims.caller(null);
      assertThat(caller.username()).isEqualTo("trader-b");
      assertThat(caller.tenant()).contains(TENANT);
      assertThat(caller.roles()).containsExactly(Role.TRADER);
      assertThat(caller.session()).isEqualTo("api-key:abcdefgh2345");
    }
    assertThat(ApiKeyCaller.current()).isEqualTo(Optional.empty());
  }
}
