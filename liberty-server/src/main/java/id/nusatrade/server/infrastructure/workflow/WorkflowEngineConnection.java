package id.nusatrade.server.infrastructure.workflow;

import id.nusatrade.workers.WorkflowClients;
import id.nusatrade.workers.engine.WorkflowEngineProbe;
import io.camunda.client.CamundaClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's one Camunda client (gRPC only, see docs/workflows.md), built on first use from
 * ZEEBE_GRPC_ADDRESS and ZEEBE_REST_ADDRESS; building it does not contact the engine.
 */
@ApplicationScoped
public class WorkflowEngineConnection {
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  @Inject
  @ConfigProperty(name = "ZEEBE_GRPC_ADDRESS", defaultValue = "http://127.0.0.1:26500")
  String grpcAddress;

  @Inject
  @ConfigProperty(name = "ZEEBE_REST_ADDRESS", defaultValue = "http://127.0.0.1:8088")
  String restAddress;

  private CamundaClient client;

  public synchronized CamundaClient client() {
    if (client == null) {
      client = WorkflowClients.grpc(URI.create(grpcAddress), URI.create(restAddress));
    }
    return client;
  }

  public WorkflowEngineProbe probe() {
    return new WorkflowEngineProbe(client(), PROBE_TIMEOUT);
  }

  public String grpcAddress() {
    return grpcAddress;
  }

  @PreDestroy
  synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
  }
}
