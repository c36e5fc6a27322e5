package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the launcher installs and configures the history exporter for the broker it starts. */
class ZeebeHistoryExporterConfigTest {
  @TempDir Path repository;
  @TempDir Path brokerHome;

  @Test
  void aBuiltExporterIsCopiedIntoTheDistributionAndConfiguredWithTheOwnersLogin() throws Exception {
    Path built = repository.resolve(ZeebeBroker.HISTORY_EXPORTER_JAR);
    Files.createDirectories(built.getParent());
    Files.writeString(built, "jar bytes");
    LauncherConfig config =
        LauncherConfig.defaults()
            .with(Setting.HOME, repository)
            .with(Setting.STATE_DIR, repository.resolve("state"))
            .with(Setting.PG_PORT, "55432");

    Map<String, String> env = new ZeebeBroker(config).historyExporter(brokerHome);

    Path installed = brokerHome.resolve("exporters/nusatrade-history-exporter.jar");
    assertThat(installed).hasContent("jar bytes");
    assertThat(env)
        .containsEntry(
            "ZEEBE_BROKER_EXPORTERS_HISTORY_CLASSNAME",
            "id.nusatrade.history.exporter.HistoryExporter")
        .containsEntry("ZEEBE_BROKER_EXPORTERS_HISTORY_JARPATH", installed.toString())
        .containsEntry(
            "ZEEBE_BROKER_EXPORTERS_HISTORY_ARGS_URL",
            "jdbc:postgresql://127.0.0.1:55432/nusatrade")
        .containsEntry(
            "ZEEBE_BROKER_EXPORTERS_HISTORY_ARGS_USER", config.get(Setting.DB_OWNER_USER))
        .containsEntry(
            "ZEEBE_BROKER_EXPORTERS_HISTORY_ARGS_PASSWORD", config.get(Setting.DB_OWNER_PASSWORD));
  }

  @Test
  void withoutABuiltExporterTheBrokerRunsWithoutHistory() {
    LauncherConfig config =
        LauncherConfig.defaults()
            .with(Setting.HOME, repository)
            .with(Setting.STATE_DIR, repository.resolve("state"));

    assertThat(new ZeebeBroker(config).historyExporter(brokerHome)).isEmpty();
    assertThat(brokerHome.resolve("exporters")).doesNotExist();
  }
}
