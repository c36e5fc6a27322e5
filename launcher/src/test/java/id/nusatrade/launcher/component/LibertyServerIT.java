package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a stand-in {@code nusatrade} server (MicroProfile Health only) from the Open Liberty runtime
 * zip, since the real one belongs to the liberty-server module. The port it listens on comes from
 * the environment the component passes, as the real server.xml does.
 */
class LibertyServerIT {
  private static final String SERVER_XML =
      """
      <server description="launcher IT stand-in">
        <featureManager><feature>mpHealth-4.0</feature></featureManager>
        <variable name="NUSATRADE_HTTP_PORT" defaultValue="9080"/>
        <variable name="NUSATRADE_HTTPS_PORT" defaultValue="9443"/>
        <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1"
            httpPort="${NUSATRADE_HTTP_PORT}" httpsPort="${NUSATRADE_HTTPS_PORT}"/>
      </server>
      """;
  @TempDir Path state;

  @Test
  void startsWithPortsFromTheEnvironmentAnswersHealthAndStopsByPid() throws Exception {
    LauncherConfig base = LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    Path wlp = standInServer(base);
    LibertyServer liberty = new LibertyServer(base.with(Setting.LIBERTY_HOME, wlp), List.of());
    assertThat(liberty.isBuilt()).isTrue();
    try {
      liberty.start();
      assertThat(Http.status(liberty.healthUrl())).isEqualTo(200);
      assertThat(liberty.outputDir().resolve(LibertyServer.SERVER_NAME + "/logs/messages.log"))
          .exists();
      long pid = liberty.processes().getFirst().pid();
      liberty.stop();
      assertThat(ProcessTrees.isAlive(pid)).isFalse();
      assertThat(Http.status(liberty.healthUrl())).isEqualTo(-1);
    } finally {
      liberty.stop();
    }
  }

  private Path standInServer(LauncherConfig config) throws Exception {
    Distribution runtime =
        new Distribution(
            "io.openliberty",
            "openliberty-runtime",
            Distribution.pinnedVersion("openliberty.runtime.version"),
            "zip");
    Path wlp = runtime.unpackInto(state.resolve("runtime"), "liberty", config);
    Path server = wlp.resolve("usr/servers").resolve(LibertyServer.SERVER_NAME);
    Files.createDirectories(server);
    Files.writeString(server.resolve("server.xml"), SERVER_XML);
    return wlp;
  }
}
