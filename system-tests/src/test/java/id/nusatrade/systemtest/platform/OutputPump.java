package id.nusatrade.systemtest.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies the supervisor's output to a log file and, prefixed, to the console, so whoever runs the
 * build sees the start-up progress (the launcher prints a line per component every few seconds).
 */
final class OutputPump implements Runnable {
  private final InputStream source;
  private final Path log;
  private final PrintStream console;

  private OutputPump(InputStream source, Path log, PrintStream console) {
    this.source = source;
    this.log = log;
    this.console = console;
  }

  static Thread start(InputStream source, Path log, PrintStream console) {
    Thread thread = new Thread(new OutputPump(source, log, console), "platform-output");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  public void run() {
    try (BufferedReader in =
            new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(line);
        out.write('\n');
        out.flush();
        console.println("[platform] " + line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("platform output to " + log, e);
    }
  }
}
