package id.nusatrade.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker probe against a real embedded Artemis, then against the same port once it stopped. */
class BrokerProbeIT {
  @TempDir Path state;

  @Test
  void upWhileTheBrokerRunsDownWithAReasonAfterwards() {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    BrokerProbe probe =
        new BrokerProbe(
            artemis.url(), config.get(Setting.ARTEMIS_USER), config.get(Setting.ARTEMIS_PASSWORD));
    artemis.start();
    try {
      assertThat(probe.probe().up()).isTrue();
    } finally {
      artemis.stop();
    }
    Probe down = probe.probe();
    assertThat(down.up()).isFalse();
    assertThat(down.data().get("reason").toString()).contains("AMQ");
  }
}
