package id.nusatrade.systemtest.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Empties the test platform's state directory before a run: every byte of data goes (databases,
 * journals, realm, logs, run.pid), so each run starts like a first run. The unpacked Keycloak and
 * Zeebe programs stay: unpacking them and Keycloak's one-time build step ("Updating the
 * configuration…") are installation, not state, and cost well over a minute on a busy machine.
 */
final class StateDir {
  private StateDir() {}

  static void emptyKeepingPrograms(Path stateDir) {
    if (!stateDir.toString().contains("/target/")) {
      throw new IllegalStateException("refusing to empty " + stateDir + ": not under target/");
    }
    if (!Files.isDirectory(stateDir)) {
      return;
    }
    try (Stream<Path> top = Files.list(stateDir)) {
      for (Path entry : top.toList()) {
        switch (entry.getFileName().toString()) {
          case "keycloak" -> eachProgram(entry, program -> delete(program.resolve("data")));
          case "zeebe" -> delete(entry.resolve("data")); // the broker's data dir sits beside it
          default -> delete(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + stateDir, e);
    }
  }

  private static void eachProgram(Path dir, java.util.function.Consumer<Path> action)
      throws IOException {
    try (Stream<Path> programs = Files.list(dir)) {
      programs.filter(Files::isDirectory).forEach(action);
    }
  }

  static void delete(Path tree) {
    if (!Files.exists(tree)) {
      return;
    }
    try (Stream<Path> files = Files.walk(tree)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + tree, e);
    }
  }
}
