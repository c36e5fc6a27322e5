package id.nusatrade.launcher.run;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Points {@code ./nusatrade replay} at the running platform's gateway when the caller gave no
 * {@code --port}: adds the gateway port and, unless given, {@code --times live} (the platform's
 * gateway rejects ticks older than a minute, and replay files are history). Without a running
 * platform the arguments stay as they are and replay starts its own gateway.
 */
public final class ReplayTarget {
  private ReplayTarget() {}

  public static String[] complete(String[] args, LauncherConfig config, PrintStream err) {
    List<String> given = List.of(args);
    if (given.isEmpty() || given.contains("--port") || given.contains("--help")) {
      return args;
    }
    RunPidFile pidFile = new RunPidFile(config.stateDir().resolve("run.pid"));
    if (new PreviousRun(pidFile).alive().isEmpty()) {
      return args;
    }
    List<String> completed = new ArrayList<>(given);
    completed.addAll(List.of("--port", config.get(Setting.GATEWAY_PORT)));
    if (!given.contains("--times")) {
      completed.addAll(List.of("--times", "live"));
    }
    err.println(
        "nusatrade: replaying into the running platform's gateway at 127.0.0.1:"
            + config.get(Setting.GATEWAY_PORT)
            + (given.contains("--times") ? "" : " with live times"));
    return completed.toArray(String[]::new);
  }
}
