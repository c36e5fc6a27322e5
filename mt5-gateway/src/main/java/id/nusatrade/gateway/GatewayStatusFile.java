package id.nusatrade.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the gateway tells the application server how it is doing: every couple of seconds it replaces
 * a small properties file (written aside, then moved, so a reader never sees half of it) with its
 * counters, its gauges (open connections, ring fill) and the tick store's last successful flush and
 * last failure. The gateway runs in the launcher's JVM (or alone, {@link GatewayMain}) and {@code
 * /health} is in Liberty: a file in the shared state folder needs no port, no credentials and
 * survives neither side's restart as a lie, because its age is part of it ({@code
 * status.written-millis}): a file that stopped changing means a gateway that stopped.
 */
public final class GatewayStatusFile implements AutoCloseable {
  public static final String FILE_NAME = "status.properties";
  public static final String WRITTEN = "status.written-millis";
  public static final String STORAGE_ENABLED = "gateway.storage.enabled";
  public static final String STORAGE_LAST_ERROR = "gateway.storage.last-error";
  private static final Logger LOG = Logger.getLogger(GatewayStatusFile.class.getName());

  private final Path file;
  private final Gateway gateway;
  private final Clock clock;
  private ScheduledExecutorService timer;

  public GatewayStatusFile(Path file, Gateway gateway, Clock clock) {
    this.file = file;
    this.gateway = gateway;
    this.clock = clock;
  }

  /** The file inside a gateway state folder ({@code <state>/gateway}). */
  public static Path in(Path gatewayStateDir) {
    return gatewayStateDir.resolve(FILE_NAME);
  }

  public GatewayStatusFile start(Duration every) {
    writeNow();
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("gateway-status").unstarted(r));
    long millis = every.toMillis();
    timer.scheduleWithFixedDelay(this::writeQuietly, millis, millis, TimeUnit.MILLISECONDS);
    return this;
  }

  /** The properties a status file holds, for a counters snapshot taken at {@code nowMillis}. */
  public static Properties render(GatewayCounters c, boolean storesTicks, long nowMillis) {
    Properties p = new Properties();
    for (Map.Entry<String, Long> e : c.asMap().entrySet()) {
      p.setProperty(e.getKey(), Long.toString(e.getValue()));
    }
    p.setProperty(STORAGE_ENABLED, Boolean.toString(storesTicks));
    p.setProperty(STORAGE_LAST_ERROR, c.lastStorageError());
    p.setProperty(WRITTEN, Long.toString(nowMillis));
    return p;
  }

  public void writeNow() {
    Properties status = render(gateway.counters(), gateway.storesTicks(), clock.millis());
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp)) {
        status.store(w, "MT5 gateway status (read by Liberty's /health and /metrics)");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void writeQuietly() {
    try {
      writeNow();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "gateway status not written", e);
    }
  }

  /** Stops writing and removes the file: a stopped gateway is not a dead one. */
  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot remove " + file, e);
    }
  }
}
