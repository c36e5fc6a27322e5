package id.nusatrade.ui.platform;

import id.nusatrade.history.PostgresProcessHistory;
import id.nusatrade.history.ProcessHistoryService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** The process-history page's reader: the same read side the REST WAR uses, on the app pool. */
@ApplicationScoped
public class ProcessHistoryProducer {
  @Resource(lookup = "jdbc/nusatrade")
  private DataSource dataSource;

  @Produces
  @Singleton
  ProcessHistoryService processHistory() {
    return new ProcessHistoryService(new PostgresProcessHistory(dataSource));
  }
}
