package id.nusatrade.workers.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.nusatrade.compliance.account.IdentityProviderException;
import id.nusatrade.compliance.account.KeycloakAdmin;
import id.nusatrade.compliance.account.KeycloakSetting;
import id.nusatrade.compliance.account.UsernameTakenException;
import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.TraderAccounts;
import id.nusatrade.launcher.component.KeycloakServer;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account creation against the platform's real Keycloak (the launcher's component, the shipped
 * realm with its provisioning service account): the account is found again on redelivery, a demo
 * user's name is taken, and the new trader's first login with the temporary password ends in a
 * token with the trader role and the new tenant.
 */
class TraderAccountOnKeycloakIT {
  @TempDir static Path state;
  private static KeycloakServer keycloak;
  private static LauncherConfig config;

  @BeforeAll
  static void start() {
    config = LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    keycloak = new KeycloakServer(config);
    keycloak.start();
  }

  @AfterAll
  static void stop() {
    if (keycloak != null) {
      keycloak.stop();
    }
  }

  @Test
  void anApprovedApplicantGetsOneAccountAndLogsInWithTheTraderRoleAndItsTenant() throws Exception {
    KeycloakAdmin admin = admin(keycloak.baseUrl());
    TraderAccounts accounts = new TraderAccounts(admin, null, new SecureRandom(), "/");
    ApplicationId application = ApplicationId.random(new SecureRandom());

    String userId = accounts.open(application, "siti.rahayu", "siti@example.id", "Siti Rahayu");
    String again = accounts.open(application, "siti.rahayu", "siti@example.id", "Siti Rahayu");
    assertThat(again).isEqualTo(userId);
    admin.setPassword(userId, "Temp0rary-Pass", true);

    String token =
        new KeycloakBrowserLogin(
                keycloak.issuer(),
                config.get(Setting.OIDC_WEB_CLIENT_ID),
                config.get(Setting.OIDC_WEB_CLIENT_SECRET),
                "http://127.0.0.1:" + config.port(Setting.HTTP_PORT) + "/")
            .firstLogin("siti.rahayu", "Temp0rary-Pass", "Siti-chose-this-1");

    JsonNode claims = KeycloakBrowserLogin.claims(token);
    assertThat(claims.get("sub").asText()).isEqualTo(userId);
    assertThat(claims.get("groups")).extracting(JsonNode::asText).contains("trader");
    assertThat(claims.get("tenant_id").asText())
        .isEqualTo(TraderAccounts.tenantOf(application).toString());
  }

  @Test
  void aDemoUsersNameIsTakenForAnApplicant() {
    TraderAccounts accounts =
        new TraderAccounts(admin(keycloak.baseUrl()), null, new SecureRandom(), "/");

    assertThatThrownBy(
            () ->
                accounts.open(
                    ApplicationId.random(new SecureRandom()),
                    "trader-a",
                    "new@example.id",
                    "Trader Baru"))
        .isInstanceOf(UsernameTakenException.class);
  }

  @Test
  void keycloakUnreachableIsATechnicalFailure() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    TraderAccounts accounts =
        new TraderAccounts(admin("http://127.0.0.1:" + closed), null, new SecureRandom(), "/");

    assertThatThrownBy(
            () ->
                accounts.open(
                    ApplicationId.random(new SecureRandom()), "budi", "budi@example.id", "Budi"))
        .isInstanceOf(IdentityProviderException.class);
  }

  private static KeycloakAdmin admin(String url) {
    Map<String, String> settings =
        Map.of(
            KeycloakSetting.URL.envName(), url, KeycloakSetting.TIMEOUT_MILLIS.envName(), "5000");
    return KeycloakAdmin.from(settings::get);
  }
}
