package id.nusatrade.ui.platform;

import id.nusatrade.compliance.audit.PostgresAuditTrail;
import id.nusatrade.compliance.review.PostgresReviewTasks;
import id.nusatrade.compliance.review.ReviewQueue;
import id.nusatrade.workers.WorkflowClients;
import id.nusatrade.workers.review.ZeebeTaskCompleter;
import io.camunda.client.CamundaClient;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The officers' review queue on the same task table, audit trail and workflow engine as {@code
 * /review-tasks}: the compliance module's {@link ReviewQueue}; a decision completes the task's job
 * through this application's own Camunda client ({@code ZEEBE_GRPC_ADDRESS}).
 */
@ApplicationScoped
public class ReviewQueueProducer {
  @Resource(lookup = "jdbc/nusatrade")
  private DataSource app;

  @Resource(lookup = "jdbc/nusatradeOwner")
  private DataSource owner;

  @Inject private Clock clock;

  private CamundaClient client;

  @Produces
  @Singleton
  ReviewQueue reviewQueue() {
    synchronized (this) {
      if (client == null) {
        client = WorkflowClients.fromEnvironment(System.getenv());
      }
    }
    return new ReviewQueue(
        new PostgresReviewTasks(app),
        new ZeebeTaskCompleter(client),
        new PostgresAuditTrail(app, owner),
        clock);
  }

  @PreDestroy
  synchronized void stop() {
    if (client != null) {
      client.close();
      client = null;
    }
  }
}
