package id.nusatrade.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.config.Setting;
import id.nusatrade.systemtest.platform.Health;
import id.nusatrade.systemtest.platform.PlatformSettings;
import id.nusatrade.systemtest.platform.RunningPlatform;
import org.junit.jupiter.api.Test;

@SystemTest
class PlatformHealthIT {

  @Test
  void every_component_check_is_up(RunningPlatform platform) {
    Health health = Health.read(platform.http(), platform.baseUrl());

    assertThat(health.httpStatus()).as("%s", health).isEqualTo(200);
    assertThat(health.status()).isEqualTo("UP");
    assertThat(health.checks())
        .containsKeys("database", "broker", "workflow-engine", "identity-provider", "workflows")
        .allSatisfy((name, status) -> assertThat(status).as(name).isEqualTo("UP"));
  }

  @Test
  void the_server_reaches_each_backend_on_the_ports_this_run_was_given(RunningPlatform platform) {
    PlatformSettings settings = platform.settings();
    String body = platform.http().get(platform.baseUrl() + "/health", null).body();

    // none of these is a default port: the launcher passed the settings through to Liberty
    assertThat(body)
        .contains("127.0.0.1:" + settings.port(Setting.ARTEMIS_PORT))
        .contains("127.0.0.1:" + settings.port(Setting.ZEEBE_PORT))
        .contains("127.0.0.1:" + settings.port(Setting.KEYCLOAK_PORT) + "/realms/nusatrade");
  }
}
