package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SafetyLimits;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restarted gateway numbers its ORDERs from 1 while the EA still remembers the last ORDER it
 * executed from the gateway's previous run: ORDERs numbered at or below that count would be taken
 * for resends and skipped. The gateway numbers on from the count the EA states in HELLO.
 */
class OrdersAfterAGatewayRestartTest {
  static final TenantId TENANT = TenantId.of("8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b");
  static final TerminalKey TERMINAL = new TerminalKey(TENANT, 5003);
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path journal;

  @Test
  void ordersSentAfterARestartAreExecutedNotSkippedAsResends() throws Exception {
    int port = GatewayProcess.freePort();
    EaSettings settings =
        EaSettings.of("127.0.0.1", port, TENANT.toString(), 5003, "order-key")
            .withSafety(new SafetyLimits(Set.of("EURUSD"), 5.0, 50));
    try (SimulatedExpertAdvisor ea = new SimulatedExpertAdvisor(settings)) {
      try (Gateway first = start(port)) {
        ea.start();
        Await.until(WAIT, ea::connected, "the EA on the first gateway");
        first.sendOrder(TERMINAL, GatewayEndToEndTest.order("a-1", "EURUSD", 1));
        first.sendOrder(TERMINAL, GatewayEndToEndTest.order("a-2", "EURUSD", 1));
        Await.until(WAIT, () -> ea.orders().reports().size() == 2, "two fills");
      }
      try (Gateway second = start(port)) {
        Await.until(WAIT, () -> ea.connects() >= 2 && ea.connected(), "the EA back");
        second.sendOrder(TERMINAL, GatewayEndToEndTest.order("b-1", "EURUSD", 1));
        second.sendOrder(TERMINAL, GatewayEndToEndTest.order("b-2", "EURUSD", 1));
        second.sendOrder(TERMINAL, GatewayEndToEndTest.order("b-3", "EURUSD", 1));
        Await.until(WAIT, () -> ea.orders().reports().size() == 5, "three more fills");
      }
      assertThat(ea.orders().reports().stream().map(ExecutionReport::clientOrderId))
          .containsExactly("a-1", "a-2", "b-1", "b-2", "b-3");
    }
  }

  private Gateway start(int port) throws Exception {
    var directory = new InMemoryTerminalDirectory().register(TENANT, 5003, "order-key");
    return new Gateway(GatewayPorts.of(directory))
        .start(GatewayConfig.defaults().withPort(port).withJournal(journal));
  }
}
