package id.nusatrade.trading.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 in the middle of a flow of orders and fills: the engine runs in a child JVM ({@link
 * EngineChild}, this module's test classpath), gets {@value #ORDERS} market orders with a tick
 * after every tenth, and is killed with {@code destroyForcibly} after {@value #KILL_AFTER} answers,
 * while most commands still wait in its input. A second child over the same journal gets every
 * client order id again and a tick: every acknowledged order keeps its id, every order exists once,
 * and every one filled exactly once.
 */
class KillNineIT {
  static final int ORDERS = 1_000;
  static final int KILL_AFTER = 100;

  @TempDir Path journal;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopChildren() throws InterruptedException {
    for (Process p : started) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void noAcknowledgedOrderIsLostAndNoneFillsTwiceAfterAKillMidFlow() throws Exception {
    Process first = child();
    BufferedReader out = reader(first);
    assertThat(out.readLine()).isEqualTo("ready");
    try (Writer in = writer(first)) {
      for (int i = 0; i < ORDERS; i++) {
        in.write("submit o" + i + "\n");
        if (i % 10 == 9) {
          in.write("tick 1.09998 1.10000\n");
        }
      }
      in.flush();
      Map<String, String> acknowledged = new HashMap<>();
      int ticks = 0;
      while (acknowledged.size() + ticks < KILL_AFTER) {
        String[] w = out.readLine().split(" ");
        if (w[0].equals("order")) {
          acknowledged.put(w[1], w[2]);
        } else {
          ticks++;
        }
      }
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no last flush
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(first.exitValue()).isNotZero();
      assertThat(acknowledged).hasSizeLessThan(ORDERS); // the kill came mid-flow
      assertThat(ticks).isPositive(); // and after fills had happened

      Map<String, String[]> after = restartAndResubmit(acknowledged);
      assertThat(after).hasSize(ORDERS);
      for (Map.Entry<String, String> a : acknowledged.entrySet()) {
        assertThat(after.get(a.getKey())[0]).as(a.getKey()).isEqualTo(a.getValue());
      }
      assertThat(after.values().stream().map(v -> v[0]).distinct()).hasSize(ORDERS);
      for (Map.Entry<String, String[]> o : after.entrySet()) {
        assertThat(o.getValue()[1]).as(o.getKey()).isEqualTo("FILLED");
        assertThat(o.getValue()[2]).as(o.getKey()).isEqualTo("1");
      }
    } catch (IOException brokenPipe) {
      throw new AssertionError("the first child died before the kill", brokenPipe);
    }
  }

  /** Client order id → {order id, state, filled}; asserts the position is one unit per order. */
  private Map<String, String[]> restartAndResubmit(Map<String, String> acknowledged)
      throws Exception {
    Process second = child();
    BufferedReader out = reader(second);
    assertThat(out.readLine()).isEqualTo("ready");
    try (Writer in = writer(second)) {
      for (int i = 0; i < ORDERS; i++) {
        in.write("submit o" + i + "\n");
      }
      in.write("tick 1.09998 1.10000\ndump\n");
      in.flush();
      for (int i = 0; i < ORDERS; i++) {
        String[] w = out.readLine().split(" ");
        if (acknowledged.containsKey(w[1])) {
          assertThat(w[3]).as("re-submitted acknowledged " + w[1]).isEqualTo("true");
        }
      }
      assertThat(out.readLine()).isEqualTo("ticked");
      Map<String, String[]> orders = new LinkedHashMap<>();
      String position = null;
      for (String line; !(line = out.readLine()).equals("end"); ) {
        String[] w = line.split(" ");
        if (w[0].equals("state")) {
          assertThat(orders.put(w[1], new String[] {w[2], w[3], w[4]})).as(w[1]).isNull();
        } else {
          position = w[1];
        }
      }
      assertThat(new BigDecimal(position)).isEqualByComparingTo(BigDecimal.valueOf(ORDERS));
      return orders;
    }
  }

  private Process child() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EngineChild.class.getName(),
                journal.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    started.add(p);
    return p;
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  private static Writer writer(Process p) {
    return new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
  }
}
