package id.nusatrade.server.health;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP when the Zeebe gateway answers a topology request over gRPC (REST is not required: the
 * embedded broker is 8.6 and the client 8.8). The data shows brokers and partitions, which tells an
 * operator more than UP/DOWN.
 */
@Readiness
@ApplicationScoped
public class WorkflowEngineReadiness implements HealthCheck {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  @Inject
  @ConfigProperty(name = "ZEEBE_GRPC_ADDRESS", defaultValue = "http://127.0.0.1:26500")
  String grpcAddress;

  private volatile CamundaClient client;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("workflow-engine").withData("address", grpcAddress);
    try {
      Topology topology =
          client()
              .newTopologyRequest()
              .useGrpc()
              .send()
              .join(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return response
          .withData("brokers", topology.getBrokers().size())
          .withData("partitions", topology.getPartitionsCount())
          .withData("clusterSize", topology.getClusterSize())
          .withData("gatewayVersion", String.valueOf(topology.getGatewayVersion()))
          .status(!topology.getBrokers().isEmpty())
          .build();
    } catch (RuntimeException e) {
      return response.down().withData("reason", Reasons.of(e)).build();
    }
  }

  private CamundaClient client() {
    if (client == null) {
      synchronized (this) {
        if (client == null) {
          client =
              CamundaClient.newClientBuilder()
                  .grpcAddress(URI.create(grpcAddress))
                  .preferRestOverGrpc(false)
                  .defaultRequestTimeout(TIMEOUT)
                  .build();
        }
      }
    }
    return client;
  }

  @PreDestroy
  void close() {
    if (client != null) {
      client.close();
    }
  }
}
