package id.nusatrade.workers;

import io.camunda.client.CamundaClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Builds the Camunda client. gRPC only: the standalone broker is 8.6 and the client 8.8, and the
 * 8.8 REST API is not there, so REST is never preferred. A {@code http://} address means plaintext.
 * The client's own environment overrides are off: configuration comes from our names only.
 */
public final class WorkflowClients {
  public static final String GRPC_ADDRESS = "ZEEBE_GRPC_ADDRESS";
  public static final String REST_ADDRESS = "ZEEBE_REST_ADDRESS";
  static final String DEFAULT_GRPC_ADDRESS = "http://127.0.0.1:26500";
  static final String DEFAULT_REST_ADDRESS = "http://127.0.0.1:8088";

  private WorkflowClients() {}

  public static CamundaClient grpc(URI grpcAddress, URI restAddress) {
    return CamundaClient.newClientBuilder()
        .applyEnvironmentVariableOverrides(false)
        .grpcAddress(grpcAddress)
        .restAddress(restAddress)
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofSeconds(20))
        .defaultJobWorkerName("nusatrade")
        .build();
  }

  /** From ZEEBE_GRPC_ADDRESS / ZEEBE_REST_ADDRESS (for example {@code System.getenv()}). */
  public static CamundaClient fromEnvironment(Map<String, String> environment) {
    return grpc(
        URI.create(environment.getOrDefault(GRPC_ADDRESS, DEFAULT_GRPC_ADDRESS)),
        URI.create(environment.getOrDefault(REST_ADDRESS, DEFAULT_REST_ADDRESS)));
  }
}
