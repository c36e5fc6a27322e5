package id.nusatrade.server.infrastructure.backtest;

import id.nusatrade.backtest.service.BacktestService;
import id.nusatrade.backtest.service.BacktestSetting;
import id.nusatrade.backtest.service.RegistryModels;
import id.nusatrade.backtest.service.TickStoreBars;
import id.nusatrade.backtest.service.jdbc.PostgresBacktestRuns;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.server.infrastructure.signals.SignalsRuntime;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ThreadPoolExecutor;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * {@link BacktestService} as a CDI bean, its runs using the signals registry's models the caller
 * may see; its worker threads end with the application.
 */
@ApplicationScoped
public class BacktestWiring {
  @Resource(lookup = "jdbc/nusatrade")
  DataSource app;

  @Inject Config config;
  @Inject Clock clock;
  @Inject SignalsRuntime signals;

  private ThreadPoolExecutor executor;

  @Produces
  @Singleton
  BacktestService backtests(TickStore store, TenantRepository tenants, Catalog catalog) {
    executor =
        BacktestSetting.executor(name -> config.getOptionalValue(name, String.class).orElse(null));
    return new BacktestService(
        new PostgresBacktestRuns(app),
        new TickStoreBars(store),
        tenants,
        catalog,
        clock,
        executor,
        new RegistryModels(signals::models));
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
