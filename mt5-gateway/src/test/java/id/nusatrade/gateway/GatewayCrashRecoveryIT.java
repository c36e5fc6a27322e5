package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.gateway.journal.JournalReader;
import id.nusatrade.gateway.journal.JournalVisitor;
import id.nusatrade.gateway.replay.CsvMarketData;
import id.nusatrade.gateway.replay.ReplayTicks;
import id.nusatrade.gateway.replay.Ta4jSampleData;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway as a separate JVM, killed with SIGKILL in the middle of a replay of real Bitstamp
 * trades, then restarted on the same port and journal: the simulated EA reconnects, resends what
 * was not acknowledged, and the journal ends up holding every tick exactly once.
 */
class GatewayCrashRecoveryIT {
  static final String TENANT = "7a1e5c3b-2d4f-4e6a-8b9c-0d1e2f3a4b5c";
  static final Duration WAIT = Duration.ofSeconds(60);
  @TempDir Path journal;

  @Test
  void noAcknowledgedTickIsLostOrDuplicatedAcrossAKillDashNine() throws Exception {
    ReplayTicks t = CsvMarketData.read(Ta4jSampleData.bitstampTicks());
    int port = GatewayProcess.freePort();
    GatewayProcess gateway = startGateway(port);
    long ackedAtKill = 0;
    try (SimulatedExpertAdvisor ea =
        new SimulatedExpertAdvisor(EaSettings.of("127.0.0.1", port, TENANT, 31, "crash-key"))
            .start()) {
      for (int i = 0; i < t.size(); i++) {
        ea.sendTick("BTCUSD", t.time()[i], t.bid()[i], t.ask()[i], t.last()[i], t.volume()[i], 0);
        if (i == t.size() / 3) {
          assertThat(ea.awaitAcked(10_000, WAIT)).isTrue();
          gateway.kill(); // SIGKILL: no shutdown hook runs
          // ACKs the gateway wrote before dying may still sit in the socket: count them only once
          // the EA has read to the end of the connection
          long deadline = System.nanoTime() + WAIT.toNanos();
          while (ea.connected() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
          }
          ackedAtKill = ea.ackedSeq();
          assertThat(ackedAtKill).isGreaterThanOrEqualTo(10_000);
          gateway = startGateway(port);
          assertThat(gateway.startupLog())
              .as("market state rebuilt from the journal before serving")
              .anyMatch(
                  l -> l.matches(".*rebuilt market state from [1-9][0-9,]* journaled ticks.*"));
        }
      }
      assertThat(ea.awaitAcked(t.size(), WAIT)).as(ea.lastError()).isTrue();
      assertThat(ea.connects()).isGreaterThanOrEqualTo(2);
      // No assertion on resent frames: frames the gateway journaled but had not acknowledged
      // before the kill are acknowledged by the next WELCOME, so an EA may rightly resend none.
      // What counts is below: the journal holds every sequence exactly once.
    } finally {
      gateway.close();
    }
    List<Long> seqs = journaledSequences(t);
    assertThat(seqs).hasSize(t.size());
    for (int i = 0; i < seqs.size(); i++) {
      assertThat(seqs.get(i)).isEqualTo(i + 1L);
    }
  }

  private List<Long> journaledSequences(ReplayTicks t) {
    List<Long> seqs = new ArrayList<>();
    JournalReader.read(
        journal,
        new JournalVisitor() {
          @Override
          public void checkpoint(TerminalKey terminal, long durableSeq) {}

          @Override
          public void tick(
              TerminalKey terminal,
              String symbol,
              long seq,
              long time,
              double bid,
              double ask,
              double last,
              long volume,
              int flags) {
            int i = (int) seq - 1; // the tick the EA sent with this sequence: line seq of the file
            assertThat(time).isEqualTo(t.time()[i]);
            assertThat(bid).isEqualTo(t.bid()[i]);
            seqs.add(seq);
          }
        });
    return seqs;
  }

  private GatewayProcess startGateway(int port) throws Exception {
    // the journal is under test here, not the bus
    return GatewayProcess.start(GatewayMain.class, port, journal, TENANT + ":31:crash-key", "none");
  }
}
