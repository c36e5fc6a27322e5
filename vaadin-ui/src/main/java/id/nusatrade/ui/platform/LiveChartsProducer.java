package id.nusatrade.ui.platform;

import id.nusatrade.domain.market.TradingSessions;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.TopicListener;
import id.nusatrade.platform.config.PlatformSetting;
import id.nusatrade.tickstore.TickStores;
import id.nusatrade.ui.market.LiveCharts;
import id.nusatrade.ui.market.LiveMarket;
import id.nusatrade.ui.market.jms.ArtemisMarketFeed;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Wires the live chart: history from the run's tick store ({@code NUSATRADE_TICK_STORE}): the
 * PostgreSQL one over the application data source (the non-owner role, so row-level security scopes
 * every read to the viewer's tenant) or ClickHouse (every query filters on the tenant), live
 * updates from Artemis ({@code ARTEMIS_URL}, {@code ARTEMIS_USER}, {@code ARTEMIS_PASSWORD}, the
 * same names and defaults as the rest of the platform), one push timer thread per server.
 */
@ApplicationScoped
public class LiveChartsProducer {
  @Resource(lookup = "jdbc/nusatrade")
  private DataSource dataSource;

  @Inject private Clock clock;

  private final LiveMarket market = new LiveMarket();
  private final ExecutorUpdateTimer timer = new ExecutorUpdateTimer();
  private ReconnectingFeed feed;

  @Produces
  @Singleton
  LiveCharts liveCharts() {
    TopicListener artemis =
        ArtemisMarketFeed.listener(
            ArtemisConnections.factory(
                PlatformSetting.ARTEMIS_URL.fromEnvironment(),
                PlatformSetting.ARTEMIS_USER.fromEnvironment(),
                PlatformSetting.ARTEMIS_PASSWORD.fromEnvironment()),
            market);
    feed = new ReconnectingFeed(artemis::start, artemis::isStarted, artemis, clock);
    return new LiveCharts(
        TickStores.fromEnvironment(System.getenv(), dataSource),
        market,
        feed,
        timer,
        clock,
        TradingSessions.parse(PlatformSetting.MARKET_SESSIONS.fromEnvironment()));
  }

  @PreDestroy
  void stop() {
    timer.shutdown();
    if (feed != null) {
      feed.close();
    }
  }
}
