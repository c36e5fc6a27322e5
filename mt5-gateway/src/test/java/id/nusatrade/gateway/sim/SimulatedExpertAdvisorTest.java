package id.nusatrade.gateway.sim;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.gateway.Await;
import id.nusatrade.gateway.protocol.Ack;
import id.nusatrade.gateway.protocol.ErrorCode;
import id.nusatrade.gateway.protocol.FrameLayout;
import id.nusatrade.gateway.protocol.Heartbeat;
import id.nusatrade.gateway.protocol.ProtocolError;
import id.nusatrade.gateway.protocol.TickMessage;
import id.nusatrade.gateway.protocol.Welcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the simulated EA answers what a gateway says; the MQL5 EA does the same (protocol doc). */
class SimulatedExpertAdvisorTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String TENANT = "0b6f1e0c-6a47-4c39-9a8b-1f2e3d4c5b6a";

  static Welcome welcome(long lastAcked) {
    return new Welcome(FrameLayout.PROTOCOL_VERSION, 5000, 1 << 16, lastAcked);
  }

  static EaSettings settings(int port) {
    return EaSettings.of("127.0.0.1", port, TENANT, 7, "key");
  }

  @Test
  void anUnsupportedVersionStopsTheEaInsteadOfReconnectingForever() throws Exception {
    try (var gw =
            new FakeGateway(
                (p, n) -> p.send(new ProtocolError(ErrorCode.UNSUPPORTED_VERSION, 0, "v1 only")));
        var ea = new SimulatedExpertAdvisor(settings(gw.port()))) {
      long seq = ea.sendTick("EURUSD", 1_000, 1.1, 1.2, 0, 1, 0);
      ea.start();
      Await.until(WAIT, () -> !ea.stopReason().isEmpty(), "the EA stops");
      assertThat(ea.stopReason()).contains("UNSUPPORTED_VERSION");
      assertThat(ea.awaitAcked(seq, WAIT)).isFalse(); // at once, not after WAIT
      ea.close(); // joins the session thread: no attempt can follow
      assertThat(gw.connections()).isEqualTo(1);
    }
  }

  @Test
  void aSupersededEaStopsSoTwoInstancesDoNotTakeTheTerminalFromEachOther() throws Exception {
    try (var gw =
            new FakeGateway(
                (p, n) -> {
                  p.send(welcome(0));
                  p.send(new ProtocolError(ErrorCode.SUPERSEDED, 0, "a newer connection"));
                });
        var ea = new SimulatedExpertAdvisor(settings(gw.port())).start()) {
      Await.until(WAIT, () -> !ea.stopReason().isEmpty(), "the EA stops");
      assertThat(ea.stopReason()).contains("SUPERSEDED");
      ea.close();
      assertThat(gw.connections()).isEqualTo(1);
    }
  }

  @Test
  void aRefusedKeyWaitsTheLongRetryNotTheReconnectBackoff() throws Exception {
    try (var gw =
            new FakeGateway(
                (p, n) -> p.send(new ProtocolError(ErrorCode.AUTH_FAILED, 0, "unknown terminal")));
        var ea =
            new SimulatedExpertAdvisor(settings(gw.port()).withRefusedRetry(Duration.ofMinutes(10)))
                .start()) {
      Await.until(
          WAIT, () -> ea.reconnectWait().equals(Duration.ofMinutes(10)), "the long retry wait");
      assertThat(ea.lastError()).contains("AUTH_FAILED");
      assertThat(ea.stopReason()).isEmpty(); // a person can fix the key: not stopped
    }
  }

  @Test
  void aDroppedConnectionIsRetriedWithTheShortBackoff() throws Exception {
    try (var gw = new FakeGateway((p, n) -> {}); // hangs up at once
        var ea = new SimulatedExpertAdvisor(settings(gw.port())).start()) {
      Await.until(WAIT, () -> gw.connections() >= 3, "reconnects");
      assertThat(ea.stopReason()).isEmpty();
    }
  }

  @Test
  void welcomesHeartbeatIntervalAndFrameLimitAreTheOnesInUse() throws Exception {
    try (var gw =
            new FakeGateway(
                (p, n) -> {
                  p.send(new Welcome(FrameLayout.PROTOCOL_VERSION, 200, 4096, 0));
                  p.drain(30_000);
                });
        var ea = new SimulatedExpertAdvisor(settings(gw.port())).start()) {
      Await.until(WAIT, ea::connected, "connected");
      assertThat(ea.heartbeat()).isEqualTo(Duration.ofMillis(200));
      assertThat(ea.maxFrameBytes()).isEqualTo(4096);
      // the setting says 5 s (an idle heartbeat after 2.5 s); WELCOME's 200 ms brings one sooner
      Await.until(
          Duration.ofMillis(2000),
          () -> gw.received.stream().anyMatch(f -> f instanceof Heartbeat),
          "a heartbeat at the gateway's interval");
    }
  }

  @Test
  void aSymbolTheGatewayRefusesIsMutedAndTheOtherSymbolsContinueGapless() throws Exception {
    List<Long> secondConnection = new ArrayList<>();
    try (var gw =
            new FakeGateway(
                (p, n) -> {
                  if (n == 1) {
                    p.send(welcome(0));
                    p.next(5000); // 1 EURUSD
                    TickMessage refused = (TickMessage) p.next(5000); // 2 XAUUSD
                    p.send(new ProtocolError(ErrorCode.TOO_MANY_SYMBOLS, refused.seq(), "full"));
                  } else {
                    p.send(welcome(1));
                    for (int i = 0; i < 2; i++) {
                      secondConnection.add(p.next(5000).seq());
                    }
                    p.send(new Ack(3));
                    p.drain(30_000);
                  }
                });
        var ea = new SimulatedExpertAdvisor(settings(gw.port()))) {
      ea.sendTick("EURUSD", 1_000, 1.1, 1.2, 0, 1, 0);
      ea.sendTick("XAUUSD", 1_001, 2000, 2001, 0, 1, 0);
      ea.sendTick("EURUSD", 1_002, 1.1, 1.2, 0, 1, 0);
      ea.sendTick("XAUUSD", 1_003, 2000, 2001, 0, 1, 0);
      ea.sendTick("EURUSD", 1_004, 1.1, 1.2, 0, 1, 0);
      ea.start();
      assertThat(ea.awaitAcked(3, WAIT)).as(ea.lastError()).isTrue();
      assertThat(ea.mutedSymbols()).containsExactly("XAUUSD");
      assertThat(secondConnection).containsExactly(2L, 3L);
      List<String> resent =
          gw.ticks.subList(2, gw.ticks.size()).stream().map(TickMessage::symbol).toList();
      assertThat(resent).containsExactly("EURUSD", "EURUSD");
      assertThat(ea.sendTick("XAUUSD", 1_005, 2000, 2001, 0, 1, 0)).isEqualTo(-1);
      assertThat(gw.connections()).isEqualTo(2);
    }
  }

  @Test
  void aNewEaContinuesAfterTheSequenceTheGatewayAlreadyHolds() throws Exception {
    try (var gw =
            new FakeGateway(
                (p, n) -> {
                  p.send(welcome(41)); // an earlier EA instance of this terminal sent 41 frames
                  p.drain(30_000);
                });
        var ea = new SimulatedExpertAdvisor(settings(gw.port()))) {
      ea.sendTick("EURUSD", 1_000, 1.1, 1.2, 0, 1, 0);
      ea.start();
      Await.until(WAIT, () -> gw.ticks.size() == 1, "the tick");
      assertThat(gw.ticks.getFirst().seq()).isEqualTo(42);
    }
  }

  @Test
  void aGatewayThatLostItsJournalGetsAGaplessSequenceAgain() throws Exception {
    try (var gw =
            new FakeGateway(
                (p, n) -> {
                  if (n == 1) {
                    p.send(welcome(0));
                    for (int i = 0; i < 3; i++) {
                      p.next(5000);
                    }
                    p.send(new Ack(3));
                    p.send(new ProtocolError(ErrorCode.SHUTTING_DOWN, 0, "stopping"));
                  } else {
                    p.send(welcome(0)); // a fresh gateway: nothing journaled
                    p.drain(30_000);
                  }
                });
        var ea = new SimulatedExpertAdvisor(settings(gw.port()))) {
      for (int i = 0; i < 3; i++) {
        ea.sendTick("EURUSD", 1_000 + i, 1.1, 1.2, 0, 1, 0);
      }
      ea.start();
      assertThat(ea.awaitAcked(3, WAIT)).isTrue();
      Await.until(WAIT, () -> gw.connections() == 2 && ea.connected(), "reconnected");
      ea.sendTick("EURUSD", 2_000, 1.1, 1.2, 0, 1, 0);
      ea.flush();
      Await.until(WAIT, () -> gw.ticks.size() == 4, "the new tick");
      assertThat(gw.ticks.getLast().seq()).isEqualTo(1); // not 4: the gateway expects 1
    }
  }

  @Test
  void ticksSharingAMillisecondAcrossCopyTicksCallsAreEachSentOnce() throws Exception {
    long t = 1_700_000_000_000L;
    // the terminal's history as it grows between three polls; several ticks share a millisecond
    List<TerminalTick> history =
        List.of(
            tick(t, 1.10),
            tick(t, 1.11),
            tick(t + 1, 1.12),
            tick(t + 1, 1.13),
            tick(t + 1, 1.14),
            tick(t + 2, 1.15),
            tick(t + 2, 1.16));
    int[] visible = {1, 4, 7};
    long gmt = t / 1000 - 7200;
    try (var gw =
            new FakeGateway(
                (p, n) -> {
                  p.send(welcome(0));
                  p.drain(30_000);
                });
        var ea = new SimulatedExpertAdvisor(settings(gw.port())).start()) {
      TickPump pump = new TickPump(ea);
      for (int v : visible) {
        List<TerminalTick> answer =
            copyTicks(
                history.subList(0, v),
                pump.copyTicksFrom("EURUSD"),
                pump.copyTicksCount("EURUSD", 1000));
        // TimeTradeServer() read a second after TimeGMT(): UTC+2 plus one second of jitter
        pump.pump("EURUSD", answer, gmt + 7200 + 1, gmt);
      }
      ea.flush();
      Await.until(WAIT, () -> gw.ticks.size() >= history.size(), "every tick");
      assertThat(gw.ticks.stream().map(TickMessage::bid).toList())
          .containsExactly(1.10, 1.11, 1.12, 1.13, 1.14, 1.15, 1.16);
      assertThat(gw.ticks.getFirst().timeMillis()).isEqualTo(t - 7_200_000); // UTC, exact
    }
  }

  /** MT5's CopyTicks(from, count): ticks with time_msc >= from, oldest first, at most count. */
  private static List<TerminalTick> copyTicks(List<TerminalTick> h, long from, int count) {
    return h.stream().filter(k -> k.timeMsc() >= from).limit(count).toList();
  }

  private static TerminalTick tick(long msc, double bid) {
    return new TerminalTick(msc, bid, bid + 0.0002, 0, 1, 0);
  }
}
