package id.nusatrade.launcher.component;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A server we run as an operating-system child, its output appended to a log file. */
public final class ChildProcess {
  private final String name;
  private final Process process;
  private final Path log;
  // what the process had forked when last seen alive: a start script killed with -9 (kc.sh runs
  // Java in the background and waits) leaves its JVM orphaned, holding the ports a restart needs
  private volatile List<ProcessHandle> descendants = List.of();

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static ChildProcess start(
      String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(Redirect.appendTo(log.toFile()))
              .redirectInput(Redirect.from(new java.io.File("/dev/null")));
      builder.environment().putAll(env);
      return new ChildProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new StartupException(name + ": cannot start " + command.getFirst(), e);
    }
  }

  public long pid() {
    return process.pid();
  }

  /** Alive; while it is, also remembers its descendants for {@link #stop}. */
  public boolean isAlive() {
    boolean alive = process.isAlive();
    if (alive) {
      descendants = process.toHandle().descendants().toList();
    }
    return alive;
  }

  public Path log() {
    return log;
  }

  /** Exit code text for messages, or "running"; 128+n is "killed by signal n" (137: kill -9). */
  public String exitDescription() {
    if (process.isAlive()) {
      return "running";
    }
    int code = process.exitValue();
    return "exited with code " + code + (code > 128 ? " (signal " + (code - 128) + ")" : "");
  }

  /** Stops it and its descendants, including those a killed parent left orphaned. */
  public void stop(Duration grace) {
    ProcessTrees.stop(process.toHandle(), grace);
    for (ProcessHandle orphan : descendants) {
      if (orphan.isAlive()) { // the handle knows its start time: a reused PID is not it
        Progress.note(name, "stopping pid " + orphan.pid() + " left behind by pid " + pid());
        ProcessTrees.stop(orphan, grace);
      }
    }
  }

  @Override
  public String toString() {
    return name + " pid " + pid();
  }
}
