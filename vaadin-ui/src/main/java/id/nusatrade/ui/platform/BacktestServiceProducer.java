package id.nusatrade.ui.platform;

import id.nusatrade.backtest.service.BacktestService;
import id.nusatrade.backtest.service.BacktestSetting;
import id.nusatrade.backtest.service.RegistryModels;
import id.nusatrade.backtest.service.TickStoreBars;
import id.nusatrade.backtest.service.jdbc.PostgresBacktestRuns;
import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.signals.registry.JdbcModelRegistry;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.tickstore.TickStores;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ThreadPoolExecutor;
import javax.sql.DataSource;

/**
 * The backtest page's service: the same backtest module service the REST WAR builds, on the app
 * pool (row-level security), the run's tick store and billing's catalog. The runs table and the
 * tier limit (counted per server process by the store) are shared with the REST WAR; each WAR has
 * its own worker threads ({@code NUSATRADE_BACKTEST_WORKERS}). Runs may use the signals registry's
 * models the signed-in user may see.
 */
@ApplicationScoped
public class BacktestServiceProducer {
  @Resource(lookup = "jdbc/nusatrade")
  private DataSource dataSource;

  @Inject private Clock clock;
  @Inject private TenantRepository tenants;
  @Inject private EntitlementCatalog catalog;

  private ThreadPoolExecutor executor;
  private ModelService models;

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
        executor,
        new RegistryModels(this::models));
  }

  /**
   * The signals registry as the REST WAR's signals runtime opens it (same table, same models
   * directory: {@code NUSATRADE_MODELS_DIR}, else {@code <NUSATRADE_STATE_DIR>/models}), built on
   * first use: the page only lists and reads models.
   */
  private synchronized ModelService models() {
    if (models == null) {
      String dir = System.getenv("NUSATRADE_MODELS_DIR");
      String state = System.getenv("NUSATRADE_STATE_DIR");
      Path modelsDir =
          dir != null && !dir.isBlank()
              ? Path.of(dir)
              : state != null && !state.isBlank() ? Path.of(state, "models") : Path.of("models");
      models =
          new ModelService(new JdbcModelRegistry(dataSource), modelsDir, tenants, catalog, clock);
    }
    return models;
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
