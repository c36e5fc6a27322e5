package id.nusatrade.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.component.Component;
import id.nusatrade.launcher.component.StartupException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The watch loop driven by hand: a stepped clock and restarts run on the calling thread. */
class WatchdogTest {
  private final StepClock clock = new StepClock(Instant.parse("2026-12-03T08:00:00Z"));
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private final List<String> events = new ArrayList<>();
  private final Map<String, Integer> recorded = new LinkedHashMap<>();
  private final Watchdog dog =
      new Watchdog(
          new RestartBackoff.Limits(
              Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(5), 3),
          clock,
          Runnable::run,
          new Watchdog.Listener() {
            @Override
            public void restarted(Component c, Map<String, Integer> restarts) {
              events.add("restarted " + c.name());
              recorded.putAll(restarts);
            }

            @Override
            public void gaveUp(Component c, Map<String, Integer> restarts) {
              events.add("gave up " + c.name());
            }
          },
          new PrintStream(logBytes, true, StandardCharsets.UTF_8));

  @Test
  void aDeadComponentIsRestartedAfterTheDelayAndCounted() {
    FakeComponent zeebe = new FakeComponent("zeebe");
    FakeComponent postgres = new FakeComponent("postgres");
    dog.watch(postgres);
    dog.watch(zeebe);
    zeebe.running = false;

    dog.poll(); // noticed: restart due in 1 s
    assertThat(zeebe.starts).isZero();
    clock.advance(Duration.ofMillis(999));
    dog.poll();
    assertThat(zeebe.starts).isZero();
    clock.advance(Duration.ofMillis(1));
    dog.poll();

    assertThat(zeebe.starts).isEqualTo(1);
    assertThat(zeebe.stops).as("the remains are cleaned first").isEqualTo(1);
    assertThat(zeebe.running).isTrue();
    assertThat(postgres.starts).isZero();
    assertThat(dog.restarts()).containsExactly(Map.entry("postgres", 0), Map.entry("zeebe", 1));
    assertThat(events).containsExactly("restarted zeebe");
    assertThat(recorded).containsEntry("zeebe", 1);
    assertThat(log())
        .contains("[zeebe] died: pid 42 exited with code 137 (signal 9)")
        .contains("[zeebe] restarting in 1.0 s (failure 1 in a row; gives up at 3)")
        .contains("[zeebe] restarted (restart 1)");
  }

  @Test
  void failedRestartsBackOffThenTheWatchdogGivesUpWithAClearLine() {
    FakeComponent keycloak = new FakeComponent("keycloak");
    keycloak.failingStarts = Integer.MAX_VALUE;
    dog.watch(keycloak);
    keycloak.running = false;

    dog.poll(); // failure 1: restart in 1 s
    clock.advance(Duration.ofSeconds(1));
    dog.poll(); // restart fails -> failure 2: restart in 2 s
    clock.advance(Duration.ofSeconds(1));
    dog.poll();
    assertThat(keycloak.starts).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    dog.poll(); // restart fails -> failure 3: give up
    clock.advance(Duration.ofMinutes(10));
    dog.poll();

    assertThat(keycloak.starts).isEqualTo(2);
    assertThat(events).containsExactly("gave up keycloak");
    assertThat(log())
        .contains("[keycloak] restart failed: keycloak: port in use")
        .contains("[keycloak] restarting in 2.0 s (failure 2 in a row; gives up at 3)")
        .contains("[keycloak] GIVING UP after 3 failures in a row");
  }

  @Test
  void aClosedWatchdogRestartsNothing() {
    FakeComponent liberty = new FakeComponent("liberty");
    dog.watch(liberty);
    dog.close();
    liberty.running = false;

    dog.poll();
    clock.advance(Duration.ofMinutes(1));
    dog.poll();

    assertThat(liberty.starts).isZero();
    assertThat(log()).isEmpty();
  }

  @Test
  void aRestartThatEndsAfterTheShutdownBeganStopsWhatItStarted() {
    FakeComponent zeebe = new FakeComponent("zeebe");
    zeebe.onStart = dog::close; // Ctrl-C arrives while the restart is starting it
    dog.watch(zeebe);
    zeebe.running = false;

    dog.poll();
    clock.advance(Duration.ofSeconds(1));
    dog.poll();

    assertThat(zeebe.starts).isEqualTo(1);
    assertThat(zeebe.stops).as("remains, then the fresh start").isEqualTo(2);
    assertThat(events).isEmpty();
    assertThat(dog.restarts()).containsEntry("zeebe", 0);
  }

  private String log() {
    return logBytes.toString(StandardCharsets.UTF_8);
  }

  private static final class FakeComponent implements Component {
    private final String name;
    boolean running = true;
    int starts;
    int stops;
    int failingStarts;
    Runnable onStart = () -> {};

    FakeComponent(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void start() {
      starts++;
      onStart.run();
      if (failingStarts-- > 0) {
        throw new StartupException(name + ": port in use");
      }
      running = true;
    }

    @Override
    public void stop() {
      stops++;
    }

    @Override
    public boolean isRunning() {
      return running;
    }

    @Override
    public String exitDescription() {
      return "pid 42 exited with code 137 (signal 9)";
    }

    @Override
    public boolean isExternal() {
      return false;
    }

    @Override
    public Map<String, String> libertyEnv() {
      return Map.of();
    }

    @Override
    public String describe() {
      return name;
    }
  }
}
