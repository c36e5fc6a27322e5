package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.ClickHouseServer;
import id.nusatrade.launcher.component.Component;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.EmbeddedPostgres;
import id.nusatrade.launcher.component.KeycloakServer;
import id.nusatrade.launcher.component.LibertyServer;
import id.nusatrade.launcher.component.MailServer;
import id.nusatrade.launcher.component.MarketGateway;
import id.nusatrade.launcher.component.MidtransSimulatorComponent;
import id.nusatrade.launcher.component.ZeebeBroker;
import id.nusatrade.launcher.config.LauncherConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The servers of a Nusatrade run, in start order: the back-ends, Liberty (it needs them and
 * migrates the schema), then the MT5 gateway (it needs the migrated tables and the broker).
 */
public final class Platform {
  private final List<Component> backends;
  private final LibertyServer liberty;
  private final MarketGateway gateway;

  public Platform(LauncherConfig config) {
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    ClickHouseServer clickHouse = new ClickHouseServer(config);
    List<Component> servers = new ArrayList<>(List.of(postgres, artemis));
    if (clickHouse.isUsed()) { // --tick-store clickhouse only
      servers.add(clickHouse);
    }
    servers.addAll(
        List.of(
            new ZeebeBroker(config),
            new KeycloakServer(config),
            new MidtransSimulatorComponent(config),
            new MailServer(config)));
    this.backends = List.copyOf(servers);
    this.liberty = new LibertyServer(config, backends);
    this.gateway = new MarketGateway(config, postgres, artemis, clickHouse);
  }

  /** Independent of each other: started in parallel. */
  public List<Component> backends() {
    return backends;
  }

  public LibertyServer liberty() {
    return liberty;
  }

  public MarketGateway gateway() {
    return gateway;
  }

  /** Every component in start order (stop in reverse). */
  public List<Component> all() {
    List<Component> all = new ArrayList<>(backends);
    all.add(liberty);
    all.add(gateway);
    return all;
  }
}
