package id.nusatrade.server.infrastructure.history;

import id.nusatrade.history.PostgresProcessHistory;
import id.nusatrade.history.ProcessHistoryService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * {@link ProcessHistoryService} as a CDI bean, reading the exporter's tables as the application
 * role (row-level security by tenant).
 */
@ApplicationScoped
public class HistoryWiring {
  @Resource(lookup = "jdbc/nusatrade")
  DataSource app;

  @Produces
  @Singleton
  ProcessHistoryService processHistory() {
    return new ProcessHistoryService(new PostgresProcessHistory(app));
  }
}
