package id.nusatrade.ui.platform;

import id.nusatrade.backtest.service.BacktestService;
import id.nusatrade.backtest.service.BacktestSetting;
import id.nusatrade.backtest.service.TickStoreBars;
import id.nusatrade.backtest.service.jdbc.PostgresBacktestRuns;
import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.tickstore.TickStores;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ThreadPoolExecutor;
import javax.sql.DataSource;

/**
 * The backtest page's service: the same backtest module service the REST WAR builds, on the app
 * pool (row-level security), the run's tick store and billing's catalog. The runs table and the
 * tier limit (counted per server process by the store) are shared with the REST WAR; each WAR has
 * its own worker threads ({@code NUSATRADE_BACKTEST_WORKERS}).
 */
@ApplicationScoped
public class BacktestServiceProducer {
  @Resource(lookup = "jdbc/nusatrade")
  private DataSource dataSource;

  @Inject private Clock clock;
  @Inject private TenantRepository tenants;
  @Inject private EntitlementCatalog catalog;

  private ThreadPoolExecutor executor;

  @Produces
  @Singleton
  BacktestService backtests() {
    executor = BacktestSetting.executor(System::getenv);
    return new BacktestService(
        new PostgresBacktestRuns(dataSource),
        new TickStoreBars(TickStores.fromEnvironment(System.getenv(), dataSource)),
        tenants,
        catalog,
        clock,
        executor);
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
