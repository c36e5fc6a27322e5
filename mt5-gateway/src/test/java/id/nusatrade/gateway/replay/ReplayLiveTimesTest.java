package id.nusatrade.gateway.replay;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Await;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.validation.RejectReason;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A gateway with the default staleness check (the platform's) takes 2023 bars replayed with {@code
 * --times live}, and with their recorded times too: staleness is judged against the terminal's own
 * ticks (a resend after an outage must be taken as it was sent), so data that is old but in order
 * is not stale. The demo credentials are the defaults.
 */
class ReplayLiveTimesTest {
  private static final TenantId DEMO_TENANT = TenantId.of(ReplayOptions.DEFAULT_TENANT);

  @Test
  void liveTimesAreAcceptedByAGatewayThatRejectsStaleTicks() throws Exception {
    long ticks = 4L * (Files.readAllLines(Ta4jSampleData.ethBars()).size() - 1);
    try (Gateway gw = demoGateway()) {
      assertThat(replay(gw, "live")).isZero();
      Await.until(
          Duration.ofSeconds(30),
          () -> gw.ticksAccepted() + gw.rejects().total() == ticks,
          "a verdict per tick");
      assertThat(gw.rejects().counts().getOrDefault(RejectReason.STALE, 0L)).isZero();
      assertThat(gw.ticksAccepted()).isGreaterThan(ticks * 9 / 10);
    }
  }

  @Test
  void aSecondReplayOfTheSameTerminalIsTakenToo() throws Exception {
    long ticks = 4L * (Files.readAllLines(Ta4jSampleData.ethBars()).size() - 1);
    try (Gateway gw = demoGateway()) {
      assertThat(replay(gw, "live")).isZero();
      Await.until(
          Duration.ofSeconds(30),
          () -> gw.ticksAccepted() + gw.rejects().total() == ticks,
          "the first replay");
      long afterFirst = gw.ticksAccepted();

      // a new EA instance numbers from 1 again: without continuing after the gateway's
      // acknowledged sequence every frame would be dropped as a resend
      assertThat(replay(gw, "live")).isZero();
      Await.until(
          Duration.ofSeconds(30),
          () -> gw.ticksAccepted() + gw.rejects().total() == 2 * ticks,
          "a verdict for every tick of the second replay");
      assertThat(gw.ticksAccepted() - afterFirst).isGreaterThan(ticks * 9 / 10);
    }
  }

  @Test
  void recordedTimesOfOldDataInOrderAreNotStale() throws Exception {
    long ticks = 4L * (Files.readAllLines(Ta4jSampleData.ethBars()).size() - 1);
    try (Gateway gw = demoGateway()) {
      assertThat(replay(gw, "recorded")).isZero();
      Await.until(
          Duration.ofSeconds(30),
          () -> gw.ticksAccepted() + gw.rejects().total() == ticks,
          "a verdict per tick");
      assertThat(gw.rejects().counts().getOrDefault(RejectReason.STALE, 0L)).isZero();
      assertThat(gw.ticksAccepted()).isGreaterThan(ticks * 9 / 10);
    }
  }

  private static Gateway demoGateway() throws Exception {
    var dir =
        new InMemoryTerminalDirectory()
            .register(
                DEMO_TENANT,
                Long.parseLong(ReplayOptions.DEFAULT_ACCOUNT),
                ReplayOptions.DEFAULT_API_KEY);
    return new Gateway(GatewayPorts.of(dir)).start(GatewayConfig.defaults());
  }

  private static int replay(Gateway gw, String times) throws Exception {
    var out = new ByteArrayOutputStream();
    String[] args = {
      "--input",
      Ta4jSampleData.ethBars().toString(),
      "--symbol",
      "ETHUSD",
      "--port",
      String.valueOf(gw.port()),
      "--times",
      times
    };
    return ReplayCommand.run(args, new PrintStream(out, true), new PrintStream(out, true));
  }
}
