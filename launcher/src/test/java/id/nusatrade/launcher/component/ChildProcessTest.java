package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start script killed with -9 leaves its background child running: stop() still ends it. */
class ChildProcessTest {
  @TempDir Path dir;

  @Test
  void stopEndsTheOrphanThatAKilledStartScriptLeftBehind() {
    // like kc.sh: the script runs the real server in the background and waits for it
    ChildProcess script =
        ChildProcess.start(
            "script",
            List.of("/bin/sh", "-c", "sleep 300 & wait"),
            Map.of(),
            dir,
            dir.resolve("script.log"));
    ProcessHandle server = awaitChild(script);
    assertThat(script.isAlive()).isTrue(); // the watchdog's poll: remembers the descendants

    // the handle before the kill: once reaped, ProcessHandle.of(pid) is empty
    ProcessHandle scriptHandle = ProcessHandle.of(script.pid()).orElseThrow();
    scriptHandle.destroyForcibly(); // kill -9 of the script only
    assertThat(ProcessTrees.awaitExit(scriptHandle, Duration.ofSeconds(10))).isTrue();
    // the JDK's Process learns of the exit from its reaper thread, which may run a moment after
    // the kernel reports the process gone (it did on a loaded machine): wait for it, bounded
    assertThat(awaitNotAlive(script)).as("script still alive 10 s after kill -9").isTrue();
    assertThat(server.isAlive()).as("orphaned, still holding what it held").isTrue();
    assertThat(script.exitDescription()).isEqualTo("exited with code 137 (signal 9)");

    script.stop(Duration.ofSeconds(5));

    assertThat(ProcessTrees.awaitExit(server, Duration.ofSeconds(10))).isTrue();
  }

  private static boolean awaitNotAlive(ChildProcess script) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (script.isAlive()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.onSpinWait();
    }
    return true;
  }

  private static ProcessHandle awaitChild(ChildProcess script) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      var children = ProcessHandle.of(script.pid()).orElseThrow().children().toList();
      if (!children.isEmpty()) {
        return children.getFirst();
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("the script did not start its child within 10 s");
  }
}
