package id.nusatrade.systemtest.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** A MicroProfile Health answer: HTTP status, overall status, and each check's status by name. */
public record Health(int httpStatus, String status, Map<String, String> checks) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static Health read(Http http, String baseUrl) {
    Http.Response response = http.get(baseUrl + "/health", null);
    if (response.status() < 0) {
      return new Health(-1, "NOT ANSWERING", Map.of());
    }
    try {
      JsonNode body = JSON.readTree(response.body());
      Map<String, String> checks = new LinkedHashMap<>();
      for (JsonNode check : body.path("checks")) {
        checks.put(check.path("name").asText(), check.path("status").asText());
      }
      return new Health(response.status(), body.path("status").asText(), checks);
    } catch (java.io.IOException e) {
      return new Health(response.status(), "NO JSON", Map.of());
    }
  }

  public boolean allUp() {
    return httpStatus == 200
        && "UP".equals(status)
        && !checks.isEmpty()
        && checks.values().stream().allMatch("UP"::equals);
  }

  @Override
  public String toString() {
    return "HTTP " + httpStatus + " " + status + " " + checks;
  }
}
