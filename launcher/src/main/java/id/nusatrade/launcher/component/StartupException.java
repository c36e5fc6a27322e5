package id.nusatrade.launcher.component;

/** A component did not come up; the message says what to look at (usually its log file). */
public class StartupException extends RuntimeException {
  public StartupException(String message) {
    super(message);
  }

  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
