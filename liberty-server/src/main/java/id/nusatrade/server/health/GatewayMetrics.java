package id.nusatrade.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The gateway's counters and gauges in {@code /metrics} (as {@code gateway_…} application gauges),
 * read from its status file at most once a second however often Prometheus scrapes.
 */
@ApplicationScoped
public class GatewayMetrics {
  static final List<String> KEYS =
      List.of(
          "gateway.connections.open",
          "gateway.ticks.received",
          "gateway.ticks.accepted",
          "gateway.ticks.rejected",
          "gateway.ring.fill",
          "gateway.events.published",
          "gateway.events.ring-fill",
          "gateway.events.dropped",
          "gateway.events.failed-batches",
          "gateway.events.handler-errors",
          "gateway.pipeline.handler-errors",
          "gateway.storage.failed-batches",
          "gateway.storage.last-flush-millis");

  @Inject MetricRegistry registry;
  @Inject GatewayStatusSource status;
  @Inject Clock clock;

  private Optional<Properties> cached = Optional.empty();
  private long readAt = Long.MIN_VALUE;

  void register(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    for (String key : KEYS) {
      registry.gauge(key.replace('-', '_'), () -> value(key));
    }
  }

  synchronized Long value(String key) {
    long now = clock.millis();
    if (now - readAt >= 1_000) {
      cached = status.read();
      readAt = now;
    }
    return cached.map(s -> GatewayStatusProbe.number(s, key)).orElse(0L);
  }
}
