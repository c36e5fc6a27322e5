package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MidtransSimulatorComponentTest {
  @Test
  void theEmbeddedSimulatorServesItsPagesAndTellsLibertyWhereItIs() throws Exception {
    LauncherConfig config = LauncherConfig.defaults().withFreePorts();
    try (MidtransSimulatorComponent midtrans = new MidtransSimulatorComponent(config)) {
      midtrans.start();

      String base = "http://127.0.0.1:" + config.port(Setting.MIDTRANS_PORT);
      assertThat(midtrans.libertyEnv())
          .containsEntry("NUSATRADE_MIDTRANS_BASE_URL", base)
          .containsEntry("NUSATRADE_MIDTRANS_SERVER_KEY", "SB-Mid-server-nusatrade-demo-key");
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Midtrans simulator");
      // the Core API wants the server key
      HttpResponse<String> status =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/v2/x/status")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(status.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void theSandboxUrlReplacesTheSimulator() {
    LauncherConfig config =
        LauncherConfig.defaults()
            .with(Setting.MIDTRANS_EXTERNAL_URL, "https://api.sandbox.midtrans.com")
            .with(Setting.MIDTRANS_SERVER_KEY, "SB-Mid-server-real");
    MidtransSimulatorComponent midtrans = new MidtransSimulatorComponent(config);
    midtrans.start(); // starts nothing

    assertThat(midtrans.isExternal()).isTrue();
    assertThat(midtrans.libertyEnv())
        .containsEntry("NUSATRADE_MIDTRANS_BASE_URL", "https://api.sandbox.midtrans.com")
        .containsEntry("NUSATRADE_MIDTRANS_SERVER_KEY", "SB-Mid-server-real");
    assertThat(midtrans.describe()).doesNotContain("SB-Mid-server-real");
  }
}
