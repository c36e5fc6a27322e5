package id.nusatrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelegatedCommandTest {
  @TempDir Path home;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void missingModuleClassGivesAClearMessageAndExitCode2() {
    int code =
        new DelegatedCommand("replay", "id.nusatrade.gateway.replay.Missing", "mt5-gateway")
            .run(new String[] {"x"}, print(out), print(err), config());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("'replay' is not available")
        .contains("mt5-gateway");
  }

  @Test
  void presentClassIsCalledWithArgumentsAndItsExitCodeReturned() {
    int code =
        new DelegatedCommand("echo", EchoCommand.class.getName(), "none")
            .run(new String[] {"a", "b"}, print(out), print(err), config());
    assertThat(code).isEqualTo(7);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a b\n");
  }

  /** Shaped like the commands other modules provide. */
  public static final class EchoCommand {
    public int run(String[] args, PrintStream out, PrintStream err) {
      out.println(String.join(" ", args));
      return 7;
    }
  }

  private LauncherConfig config() {
    return LauncherConfig.defaults().with(Setting.HOME, home);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
