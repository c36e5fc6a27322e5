package id.nusatrade.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.systemtest.platform.Http;
import id.nusatrade.systemtest.platform.RunningPlatform;
import org.junit.jupiter.api.Test;

/** What operators and API clients read without logging in: the API description and metrics. */
@SystemTest
class OperationsEndpointsIT {

  @Test
  void openapi_describes_the_tenant_api(RunningPlatform platform) {
    Http.Response response = platform.http().get(platform.baseUrl() + "/openapi", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .containsPattern("(?m)^openapi: 3\\.")
        .contains("/v1/tenants/{id}")
        .contains("Nusatrade API");
  }

  @Test
  void metrics_answer_in_prometheus_text_format(RunningPlatform platform) {
    Http.Response response = platform.http().get(platform.baseUrl() + "/metrics", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("text/plain");
    // exposition format: HELP/TYPE comments and samples; the JVM's own base metrics are always
    // there
    assertThat(response.body())
        .contains("# HELP ")
        .contains("# TYPE ")
        .containsPattern("(?m)^jvm_");
  }
}
