package id.nusatrade.server.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The outcome of probing one component, independent of MicroProfile Health so probes can be run and
 * tested outside the server; {@link #toResponse} translates it for a readiness check.
 */
public record Probe(boolean up, Map<String, Object> data) {
  public Probe {
    data = Map.copyOf(data);
  }

  static Probe up(Map<String, Object> data) {
    return new Probe(true, data);
  }

  static Probe down(Map<String, Object> data, String reason) {
    Map<String, Object> all = new LinkedHashMap<>(data);
    all.put("reason", reason);
    return new Probe(false, all);
  }

  HealthCheckResponse toResponse(String name) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(name).status(up);
    data.forEach(
        (key, value) -> {
          switch (value) {
            case Long number -> response.withData(key, number);
            case Integer number -> response.withData(key, number.longValue());
            case Boolean flag -> response.withData(key, flag);
            default -> response.withData(key, String.valueOf(value));
          }
        });
    return response.build();
  }
}
