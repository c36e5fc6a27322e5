package id.nusatrade.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.systemtest.platform.Http;
import id.nusatrade.systemtest.platform.RunningPlatform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST API with access tokens from the platform's real Keycloak (password grant). */
@SystemTest
class RestApiSecurityIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunningPlatform platform;
  private KeycloakTokens tokens;

  @BeforeEach
  void connect(RunningPlatform platform) {
    this.platform = platform;
    this.tokens = new KeycloakTokens(platform);
  }

  @Test
  void a_request_without_a_token_is_unauthorized() {
    assertThat(tenant(DemoData.TENANT_A, null).status()).isEqualTo(401);
  }

  @Test
  void business_staff_may_not_read_a_tenant_even_their_own() {
    Http.Response response = tenant(DemoData.TENANT_A, tokens.accessToken("staff-a"));

    assertThat(response.status()).as(response.body()).isEqualTo(403);
  }

  @Test
  void trader_a_reads_tenant_a() throws IOException {
    Http.Response response = tenant(DemoData.TENANT_A, tokens.accessToken("trader-a"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("id").asText()).isEqualTo(DemoData.TENANT_A);
    assertThat(body.path("name").asText()).isEqualTo(DemoData.TENANT_A_NAME);
  }

  @Test
  void tenant_b_is_not_found_for_trader_a() {
    Http.Response response = tenant(DemoData.TENANT_B, tokens.accessToken("trader-a"));

    assertThat(response.status()).as(response.body()).isEqualTo(404);
  }

  @Test
  void trader_b_sees_tenant_b_and_its_users_only() throws IOException {
    String token = tokens.accessToken("trader-b");

    Http.Response own = tenant(DemoData.TENANT_B, token);
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(JSON.readTree(own.body()).path("name").asText()).isEqualTo(DemoData.TENANT_B_NAME);
    assertThat(tenant(DemoData.TENANT_A, token).status()).isEqualTo(404);
    assertThat(usernames(get("/api/v1/tenants/" + DemoData.TENANT_B + "/users", token)))
        .containsExactly("trader-b");
  }

  private Http.Response tenant(String id, String token) {
    return get("/api/v1/tenants/" + id, token);
  }

  private Http.Response get(String path, String token) {
    return platform.http().get(platform.baseUrl() + path, token);
  }

  private static List<String> usernames(Http.Response response) throws IOException {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    JSON.readTree(response.body()).forEach(user -> names.add(user.path("username").asText()));
    return names;
  }
}
