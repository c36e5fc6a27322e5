package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeycloakRealmWebPortTest {

  @Test
  void a_run_on_another_http_port_lets_the_web_client_redirect_to_that_port() throws IOException {
    String realm;
    try (InputStream in = getClass().getResourceAsStream("/keycloak/nusatrade-realm.json")) {
      realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    String installed = KeycloakServer.withWebPort(realm, 19080);

    assertThat(installed)
        .contains("\"http://127.0.0.1:19080/*\"", "\"http://localhost:19080/*\"")
        .contains("\"http://127.0.0.1:19080\"")
        .doesNotContain(":9080/", ":9080\"");
  }

  @Test
  void the_default_port_leaves_the_realm_unchanged() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/keycloak/nusatrade-realm.json")) {
      String realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(KeycloakServer.withWebPort(realm, 9080)).isEqualTo(realm);
    }
  }
}
