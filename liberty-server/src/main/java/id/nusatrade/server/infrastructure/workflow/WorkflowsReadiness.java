package id.nusatrade.server.infrastructure.workflow;

import id.nusatrade.workers.engine.EngineHealth;
import id.nusatrade.workers.runtime.WorkflowStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP when this server's workflow side works: the catalog is deployed, the job workers are open, the
 * bus relay consumes, and every engine partition has a healthy leader (partition roles and health
 * are in the data, from {@link id.nusatrade.workers.engine.WorkflowEngineProbe}). Complements the
 * plain reachability check {@code workflow-engine}.
 */
@Readiness
@ApplicationScoped
public class WorkflowsReadiness implements HealthCheck {
  @Inject WorkflowBootstrap bootstrap;
  @Inject WorkflowEngineConnection engine;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("workflows");
    WorkflowStatus status = bootstrap.status().orElse(null);
    if (status == null) {
      return response.down().withData("reason", "application still starting").build();
    }
    EngineHealth health = engine.probe().check();
    describe(response, status, health);
    String problem = status.ready() ? health.problem() : startupProblem(status);
    if (problem != null) {
      response.withData("reason", problem);
    }
    return response.status(status.ready() && health.up()).build();
  }

  private static String startupProblem(WorkflowStatus status) {
    return status.problem() != null
        ? "startup attempt failed: " + status.problem()
        : "startup in progress (deploying, opening workers, connecting the relay)";
  }

  private static void describe(
      HealthCheckResponseBuilder response, WorkflowStatus status, EngineHealth health) {
    response
        .withData(
            "deployed",
            status.deployed().stream()
                .map(p -> p.processId() + " v" + p.version())
                .collect(Collectors.joining(", ")))
        .withData("workers", String.join(", ", status.jobTypes()))
        .withData("relay", status.relayConsuming() ? "consuming nusatrade.workflow" : "not started")
        .withData("failedStartupAttempts", status.failedAttempts())
        .withData("brokers", health.brokers().size())
        .withData("partitions", health.partitionsCount());
    health
        .brokers()
        .forEach(
            broker ->
                broker
                    .partitions()
                    .forEach(
                        p ->
                            response.withData(
                                "partition-" + p.partitionId() + "@broker-" + broker.nodeId(),
                                p.role() + " " + p.health())));
  }
}
