package id.nusatrade.workers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.platform.PlatformEcho;
import id.nusatrade.workers.BpmnErrorException;
import id.nusatrade.workers.JobInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EchoWorkerTest {
  private final EchoWorker worker =
      new EchoWorker(
          new PlatformEcho(Clock.fixed(Instant.parse("2025-03-04T02:15:00Z"), ZoneOffset.UTC)));

  @Test
  void completesWithTheEchoAndTheAnswerTime() {
    Map<String, Object> result =
        worker.handle(new JobInput(1, "nusatrade.platform.echo", 3, Map.of("message", "ping")));

    assertThat(result)
        .containsOnly(Map.entry("echo", "ping"), Map.entry("answeredAt", "2025-03-04T02:15:00Z"));
  }

  @Test
  void turnsARejectedProbeIntoTheBpmnErrorOfTheProcess() {
    assertThatThrownBy(() -> worker.handle(new JobInput(1, "nusatrade.platform.echo", 3, Map.of())))
        .isInstanceOf(BpmnErrorException.class)
        .extracting(e -> ((BpmnErrorException) e).errorCode())
        .isEqualTo("PLATFORM_ECHO_REJECTED");
  }
}
