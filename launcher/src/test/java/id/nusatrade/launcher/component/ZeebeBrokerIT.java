package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeebeBrokerIT {
  private static final String BPMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="it"
          targetNamespace="http://nusatrade.id/it">
        <bpmn:process id="launcher-it" isExecutable="true">
          <bpmn:startEvent id="start"/>
          <bpmn:sequenceFlow id="flow" sourceRef="start" targetRef="end"/>
          <bpmn:endEvent id="end"/>
        </bpmn:process>
      </bpmn:definitions>
      """;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir Path state;

  @Test
  void deployedProcessIsStillStartableAfterBrokerRestart() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    ZeebeBroker zeebe = new ZeebeBroker(config);
    try {
      zeebe.start();
      assertThat(awaitLeader(zeebe))
          .contains("\"role\":\"leader\"")
          .contains("\"health\":\"healthy\"");
      assertThat(deploy(zeebe)).contains("\"processDefinitionId\":\"launcher-it\"");
      zeebe.stop();
      assertThat(Http.status(zeebe.readinessUrl())).isEqualTo(-1);

      zeebe.start(); // same data directory: the deployment must still be known
      assertThat(awaitInstanceCreated(zeebe)).contains("\"processInstanceKey\"");
    } finally {
      zeebe.stop();
    }
  }

  /** Ready can come a moment before the partition has elected its leader: wait for it. */
  static String awaitLeader(ZeebeBroker zeebe) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    String topology = Http.get(zeebe.restAddress() + "/v2/topology").body();
    while (!topology.contains("\"role\":\"leader\"") && Instant.now().isBefore(deadline)) {
      java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
      topology = Http.get(zeebe.restAddress() + "/v2/topology").body();
    }
    return topology;
  }

  private static String deploy(ZeebeBroker zeebe) throws Exception {
    return deploy(zeebe, "launcher-it.bpmn", BPMN);
  }

  /** Deploys one BPMN resource through the broker's REST API; asserts 200. */
  static String deploy(ZeebeBroker zeebe, String resourceName, String bpmn) throws Exception {
    String boundary = "nusatrade-it-boundary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"resources\";"
            + " filename=\""
            + resourceName
            + "\"\r\nContent-Type: application/xml\r\n\r\n"
            + bpmn
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(zeebe.restAddress() + "/v2/deployments"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  /** Right after readiness the partition may still be replaying: poll with a deadline. */
  private static String awaitInstanceCreated(ZeebeBroker zeebe) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(zeebe.restAddress() + "/v2/process-instances"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"processDefinitionId\":\"launcher-it\"}"))
            .build();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    while (response.statusCode() != 200 && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
