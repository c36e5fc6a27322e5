package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.journal.FailingDisk;
import id.nusatrade.gateway.journal.JournalRecovery;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.market.validation.ValidationConfig;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the journal's disk fails the gateway acknowledges nothing and refuses the terminal with
 * JOURNAL_UNAVAILABLE; once the disk recovers the pending tick is written, the EA reconnects and
 * learns it is on disk.
 */
class JournalUnavailableTest {
  static final TenantId TENANT = TenantId.of("2c3d4e5f-6071-4a82-9ba3-b4c5d6e7f809");
  static final Duration WAIT = Duration.ofSeconds(30);
  static final long T0 = 1_700_000_040_000L;

  @TempDir Path journal;

  @Test
  void aFailingDiskRefusesTerminalsAndAcknowledgesOnlyAfterItRecovers() throws Exception {
    FailingDisk disk = new FailingDisk();
    var directory = new InMemoryTerminalDirectory().register(TENANT, 6001, "key-6001");
    try (Gateway gateway =
            new Gateway(GatewayPorts.of(directory))
                .journalFiles(disk)
                .start(
                    GatewayConfig.defaults()
                        .withPort(freePort())
                        .withJournal(journal)
                        .withHeartbeat(Duration.ofMillis(400))
                        .withValidation(
                            ValidationConfig.defaults().withMaxTickAge(Duration.ZERO)));
        SimulatedExpertAdvisor ea =
            new SimulatedExpertAdvisor(
                    EaSettings.of("127.0.0.1", gateway.port(), TENANT.toString(), 6001, "key-6001"))
                .start()) {
      assertThat(ea.awaitAcked(ea.sendTick("EURUSD", T0, 1.1, 1.1002, 0, 1, 0), WAIT)).isTrue();

      disk.failFsyncs = true;
      long pending = ea.sendTick("EURUSD", T0 + 1, 1.1001, 1.1003, 0, 1, 0);
      Await.until(WAIT, () -> ea.lastError().contains("JOURNAL_UNAVAILABLE"), "the refusal");
      assertThat(ea.ackedSeq()).isEqualTo(pending - 1);

      disk.failFsyncs = false;
      assertThat(ea.awaitAcked(pending, WAIT)).as(ea.lastError()).isTrue();
    }
    assertThat(JournalRecovery.lastSequences(journal))
        .containsEntry(new TerminalKey(TENANT, 6001), 2L);
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
