package id.nusatrade.launcher.component;

import java.util.List;
import java.util.Map;

/**
 * One platform server: started here (embedded or as a child process) or, when configured as
 * external, only described. Either way it tells Liberty how to reach it.
 */
public interface Component extends AutoCloseable {

  /** Short name used in progress lines, the pid file and status output. */
  String name();

  /** Starts the server and returns once it answers; does nothing when external. */
  void start();

  /** Stops what {@link #start()} started; safe to call twice or without a start. */
  void stop();

  /** True when the server is someone else's and this class only points at it. */
  boolean isExternal();

  /** The environment variables (CONVENTIONS.md names) Liberty needs to reach this server. */
  Map<String, String> libertyEnv();

  /** Human-readable address(es) for the start-up summary. */
  String describe();

  /**
   * False once a started server has died by itself (the supervisor then restarts it); true while it
   * runs, and for a server that was never started, is stopped on purpose or is external.
   */
  default boolean isRunning() {
    return true;
  }

  /** How a server that is no longer running ended, for the restart log line. */
  default String exitDescription() {
    return "stopped";
  }

  /** Operating-system processes this component runs outside our JVM, for the pid file. */
  default List<RecordedProcess> processes() {
    return List.of();
  }

  @Override
  default void close() {
    stop();
  }
}
