package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.Component;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.EmbeddedPostgres;
import id.nusatrade.launcher.component.KeycloakServer;
import id.nusatrade.launcher.component.LibertyServer;
import id.nusatrade.launcher.component.ZeebeBroker;
import id.nusatrade.launcher.config.LauncherConfig;
import java.util.ArrayList;
import java.util.List;

/** The five servers of a Nusatrade run, in start order; Liberty last because it needs the rest. */
public final class Platform {
  private final List<Component> backends;
  private final LibertyServer liberty;

  public Platform(LauncherConfig config) {
    this.backends =
        List.of(
            new EmbeddedPostgres(config),
            new EmbeddedArtemis(config),
            new ZeebeBroker(config),
            new KeycloakServer(config));
    this.liberty = new LibertyServer(config, backends);
  }

  /** Independent of each other: started in parallel. */
  public List<Component> backends() {
    return backends;
  }

  public LibertyServer liberty() {
    return liberty;
  }

  /** Every component in start order (stop in reverse). */
  public List<Component> all() {
    List<Component> all = new ArrayList<>(backends);
    all.add(liberty);
    return all;
  }
}
