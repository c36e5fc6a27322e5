package id.nusatrade.launcher.component;

import java.io.PrintStream;

/** Progress lines for long steps go to stderr, so stdout stays the summary a script can read. */
public final class Progress {
  private static volatile PrintStream out = System.err;

  private Progress() {}

  public static void note(String component, String message) {
    out.println("[" + component + "] " + message);
  }

  /** Lets an embedding program (or a test) send progress elsewhere. */
  public static void redirect(PrintStream stream) {
    out = stream;
  }
}
