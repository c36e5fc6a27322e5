package id.nusatrade.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherConfigTest {
  @TempDir Path state;

  @Test
  void defaultsAreTheSharedConventionPorts() {
    LauncherConfig config = LauncherConfig.defaults();
    assertThat(config.port(Setting.PG_PORT)).isEqualTo(15432);
    assertThat(config.port(Setting.ARTEMIS_PORT)).isEqualTo(61616);
    assertThat(config.port(Setting.ZEEBE_PORT)).isEqualTo(26500);
    assertThat(config.port(Setting.KEYCLOAK_PORT)).isEqualTo(8180);
    assertThat(config.port(Setting.HTTP_PORT)).isEqualTo(9080);
    assertThat(config.optional(Setting.PG_EXTERNAL_URL)).isEmpty();
  }

  @Test
  void flagBeatsEnvironmentWhichBeatsConfigFileWhichBeatsDefault() throws Exception {
    Files.writeString(
        state.resolve("config.properties"),
        "NUSATRADE_PG_PORT=1111\nNUSATRADE_ARTEMIS_PORT=2222\nNUSATRADE_KEYCLOAK_PORT=3333\n");
    Map<String, String> env =
        Map.of(
            "NUSATRADE_STATE_DIR",
            state.toString(),
            "NUSATRADE_PG_PORT",
            "4444",
            "NUSATRADE_ARTEMIS_PORT",
            "5555");
    LauncherConfig config =
        LauncherConfig.load(Flags.parse(List.of("--pg-port=6666")).values(), env);
    assertThat(config.port(Setting.PG_PORT)).isEqualTo(6666);
    assertThat(config.port(Setting.ARTEMIS_PORT)).isEqualTo(5555);
    assertThat(config.port(Setting.KEYCLOAK_PORT)).isEqualTo(3333);
    assertThat(config.port(Setting.ZEEBE_PORT)).isEqualTo(26500);
  }

  @Test
  void stateDirDefaultsToDotNusatradeUnderHome() {
    LauncherConfig config = LauncherConfig.defaults().with(Setting.HOME, state);
    assertThat(config.stateDir()).isEqualTo(state.resolve(".nusatrade"));
  }

  @Test
  void freePortsAreDistinctFromTheDefaults() {
    LauncherConfig config = LauncherConfig.defaults().withFreePorts();
    assertThat(config.port(Setting.PG_PORT)).isNotEqualTo(15432).isPositive();
    assertThat(config.port(Setting.ZEEBE_PORT)).isNotEqualTo(config.port(Setting.ZEEBE_REST_PORT));
  }

  @Test
  void flagsAcceptSpaceOrEqualsAndCollectUnknownOnes() {
    Flags flags = Flags.parse(List.of("--pg-external-url", "jdbc:x", "--help", "--db-app-user=u"));
    assertThat(flags.values())
        .containsEntry(Setting.PG_EXTERNAL_URL, "jdbc:x")
        .containsEntry(Setting.DB_APP_USER, "u");
    assertThat(flags.unknown()).containsExactly("--help");
    assertThatThrownBy(() -> Flags.parse(List.of("--pg-port")))
        .hasMessageContaining("--pg-port needs a value");
  }
}
