package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.config.LauncherConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeycloakAdminLoginTest {

  @Test
  void theDemoPasswordIsPrintedBecauseItIsPublishedAnyway() {
    var keycloak = new KeycloakServer(LauncherConfig.defaults());
    assertThat(keycloak.describe()).contains("admin / nusatrade-demo");
  }

  @Test
  void aPasswordTheUserSetIsNeverPrinted() {
    var env = Map.of("NUSATRADE_KEYCLOAK_ADMIN_PASSWORD", "s3cret-Chosen");
    var keycloak = new KeycloakServer(LauncherConfig.load(Map.of(), env));
    assertThat(keycloak.describe())
        .doesNotContain("s3cret-Chosen")
        .contains("NUSATRADE_KEYCLOAK_ADMIN_PASSWORD");
  }
}
