package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.RecordedProcess;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <state dir>/run.pid}: a small properties file, rewritten atomically each time a component
 * comes up, so that {@code status}, {@code stop} and the next {@code run} know what to look at.
 */
public final class RunPidFile {
  private final Path file;

  public RunPidFile(Path file) {
    this.file = file;
  }

  public Path path() {
    return file;
  }

  public Optional<RunRecord> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      p.load(reader);
      return Optional.of(parse(p));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable: treated as absent, the next write replaces it
    }
  }

  public synchronized void write(RunRecord record) {
    Properties p = new Properties();
    p.setProperty("supervisor.pid", Long.toString(record.supervisorPid()));
    p.setProperty("supervisor.match", record.supervisorMatch());
    p.setProperty("started", record.started().toString());
    p.setProperty("health", record.healthUrl());
    List<String> names = new ArrayList<>();
    for (RecordedProcess rp : record.processes()) {
      names.add(rp.name());
      p.setProperty("process." + rp.name() + ".pid", Long.toString(rp.pid()));
      p.setProperty("process." + rp.name() + ".match", rp.commandFragment());
    }
    p.setProperty("processes", String.join(",", names));
    record.restarts().forEach((name, count) -> p.setProperty("restarts." + name, count.toString()));
    p.setProperty("supervised", String.join(",", record.restarts().keySet()));
    p.setProperty("gave-up", String.join(",", record.gaveUp()));
    try {
      Files.createDirectories(file.getParent());
      StringWriter text = new StringWriter();
      p.store(text, "Nusatrade run: written by the launcher, read by status/stop");
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temp, text.toString());
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RunRecord parse(Properties p) {
    List<RecordedProcess> processes = new ArrayList<>();
    for (String name : p.getProperty("processes", "").split(",")) {
      if (!name.isBlank()) {
        processes.add(
            new RecordedProcess(
                name,
                Long.parseLong(p.getProperty("process." + name + ".pid")),
                p.getProperty("process." + name + ".match")));
      }
    }
    Map<String, Integer> restarts = new LinkedHashMap<>();
    for (String name : names(p, "supervised")) {
      restarts.put(name, Integer.parseInt(p.getProperty("restarts." + name, "0")));
    }
    return new RunRecord(
        Long.parseLong(p.getProperty("supervisor.pid")),
        p.getProperty("supervisor.match"),
        Instant.parse(p.getProperty("started")),
        p.getProperty("health", ""),
        processes,
        restarts,
        names(p, "gave-up"));
  }

  private static List<String> names(Properties p, String key) {
    return Arrays.stream(p.getProperty(key, "").split(",")).filter(n -> !n.isBlank()).toList();
  }
}
