package id.nusatrade.launcher.component;

import id.nusatrade.billing.midtrans.simulator.MidtransSimulator;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * The local Midtrans simulator in the launcher's JVM (billing module): Liberty charges through it
 * and it posts signed notifications to Liberty's notification endpoint. With {@code
 * NUSATRADE_MIDTRANS_EXTERNAL_URL} set (the sandbox or production) nothing starts here and Liberty
 * talks to that URL with the configured server key.
 */
public final class MidtransSimulatorComponent implements Component {
  private final LauncherConfig config;
  private volatile MidtransSimulator simulator;

  public MidtransSimulatorComponent(LauncherConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "midtrans";
  }

  @Override
  public boolean isExternal() {
    return config.optional(Setting.MIDTRANS_EXTERNAL_URL).isPresent();
  }

  private String baseUrl() {
    return config
        .optional(Setting.MIDTRANS_EXTERNAL_URL)
        .orElse("http://127.0.0.1:" + config.port(Setting.MIDTRANS_PORT));
  }

  @Override
  public void start() {
    if (isExternal() || simulator != null) {
      return;
    }
    Ports.requireFree(name(), config, Setting.MIDTRANS_PORT);
    URI notifications =
        URI.create(
            "http://127.0.0.1:"
                + config.port(Setting.HTTP_PORT)
                + "/api/v1/payments/midtrans/notification");
    try {
      simulator =
          new MidtransSimulator(
              config.port(Setting.MIDTRANS_PORT),
              new ServerKey(config.get(Setting.MIDTRANS_SERVER_KEY)),
              notifications,
              Clock.systemUTC());
    } catch (IOException e) {
      throw new StartupException("midtrans simulator: " + e.getMessage(), e);
    }
  }

  @Override
  public void stop() {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  @Override
  public Map<String, String> libertyEnv() {
    return Map.of(
        "NUSATRADE_MIDTRANS_BASE_URL", baseUrl(),
        "NUSATRADE_MIDTRANS_SERVER_KEY", config.get(Setting.MIDTRANS_SERVER_KEY));
  }

  @Override
  public String describe() {
    return isExternal() ? baseUrl() : baseUrl() + "  (simulator; pay page " + baseUrl() + "/)";
  }
}
