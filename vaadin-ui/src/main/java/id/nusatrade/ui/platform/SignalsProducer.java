package id.nusatrade.ui.platform;

import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.TopicListener;
import id.nusatrade.platform.config.PlatformSetting;
import id.nusatrade.signals.registry.JdbcModelRegistry;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.signals.registry.ModelsDirectory;
import id.nusatrade.ui.signals.LiveSignals;
import id.nusatrade.ui.signals.SignalBoard;
import id.nusatrade.ui.signals.jms.ArtemisSignalFeed;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Wires the signals and models pages: the decisions the REST WAR's signal engine announces on the
 * bus, and the signals module's {@link ModelService} on the same registry (PostgreSQL, app pool
 * under row-level security) and models directory ({@code NUSATRADE_MODELS_DIR}, else {@code
 * <NUSATRADE_STATE_DIR>/models}). A promote or roll back made here reaches the live feed within
 * {@link ModelService#RECHECK}.
 */
@ApplicationScoped
public class SignalsProducer {
  @Resource(lookup = "jdbc/nusatrade")
  private DataSource dataSource;

  @Inject private Clock clock;
  @Inject private TenantRepository tenants;
  @Inject private EntitlementCatalog catalog;

  private ReconnectingFeed feed;

  @Produces
  @Singleton
  LiveSignals liveSignals() {
    SignalBoard board = new SignalBoard();
    TopicListener artemis =
        ArtemisSignalFeed.listener(
            ArtemisConnections.factory(
                PlatformSetting.ARTEMIS_URL.fromEnvironment(),
                PlatformSetting.ARTEMIS_USER.fromEnvironment(),
                PlatformSetting.ARTEMIS_PASSWORD.fromEnvironment()),
            board);
    feed = new ReconnectingFeed(artemis::start, artemis::isStarted, artemis, clock);
    return new LiveSignals(board, feed);
  }

  @Produces
  @Singleton
  ModelService models() {
    return new ModelService(
        new JdbcModelRegistry(dataSource),
        ModelsDirectory.resolve(
            System.getenv("NUSATRADE_MODELS_DIR"), System.getenv("NUSATRADE_STATE_DIR")),
        tenants,
        catalog,
        clock);
  }

  @PreDestroy
  void stop() {
    if (feed != null) {
      feed.close();
    }
  }
}
