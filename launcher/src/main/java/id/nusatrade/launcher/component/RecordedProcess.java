package id.nusatrade.launcher.component;

/**
 * A process we started, as written to {@code run.pid}: its PID plus a fragment of its command line,
 * so a later run only kills the PID if it still is our process (PIDs get reused).
 */
public record RecordedProcess(String name, long pid, String commandFragment) {}
