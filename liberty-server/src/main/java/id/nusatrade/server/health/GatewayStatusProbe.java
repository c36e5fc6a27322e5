package id.nusatrade.server.health;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Judges the MT5 gateway and its tick store from the status file the gateway rewrites every two
 * seconds ({@code id.nusatrade.gateway.GatewayStatusFile}: same keys, proven by {@code
 * GatewayStatusProbeTest}). No file: no gateway has started (it starts after this server, or the
 * deployment has none) — UP, said so. A file that stopped changing: the gateway died — DOWN. A tick
 * store whose last write failed (no successful flush since the last failure) — DOWN with the cause.
 */
public final class GatewayStatusProbe {
  /** Written every 2 s: three missed rewrites mean the gateway is gone. */
  static final long STALE_MILLIS = 10_000;

  private GatewayStatusProbe() {}

  /** The status file's properties, empty if there is none. */
  public static Optional<Properties> read(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
      return Optional.of(p);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static Probe judge(Optional<Properties> status, long nowMillis) {
    if (status.isEmpty()) {
      return Probe.up(Map.of("state", "not started"));
    }
    Properties s = status.get();
    Map<String, Object> data = new LinkedHashMap<>();
    long written = number(s, "status.written-millis");
    data.put("statusAgeMillis", nowMillis - written);
    data.put("connectedTerminals", number(s, "gateway.connections.open"));
    data.put("ringFill", number(s, "gateway.ring.fill") + "/" + number(s, "gateway.ring.capacity"));
    data.put("eventRingFill", number(s, "gateway.events.ring-fill"));
    data.put("eventsDropped", number(s, "gateway.events.dropped"));
    data.put("eventBatchesFailed", number(s, "gateway.events.failed-batches"));
    data.put("storageBatchesFailed", number(s, "gateway.storage.failed-batches"));
    if (nowMillis - written > STALE_MILLIS) {
      return Probe.down(
          data, "the gateway stopped reporting " + (nowMillis - written) / 1000 + " s ago");
    }
    if (!Boolean.parseBoolean(s.getProperty("gateway.storage.enabled", "false"))) {
      data.put("tickStore", "none");
      return Probe.up(data);
    }
    long lastFlush = number(s, "gateway.storage.last-flush-millis");
    long lastFailure = number(s, "gateway.storage.last-failure-millis");
    data.put("lastFlushAgeMillis", lastFlush == 0 ? -1 : nowMillis - lastFlush);
    if (lastFailure > 0 && lastFailure >= lastFlush) {
      return Probe.down(
          data,
          "tick store failing since "
              + (lastFlush == 0 ? "start" : (nowMillis - lastFlush) / 1000 + " s")
              + ": "
              + s.getProperty("gateway.storage.last-error", ""));
    }
    return Probe.up(data);
  }

  static long number(Properties s, String key) {
    try {
      return Long.parseLong(s.getProperty(key, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
