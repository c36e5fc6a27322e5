package id.nusatrade.compliance.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link IdentityProvider} over Keycloak's admin REST API with the JDK's HTTP client (the admin
 * client library brings a RESTEasy client that would meet Liberty's own JAX-RS inside the WAR).
 * Authenticates with the client credentials grant of a service-account client and fetches a new
 * token per call (onboarding creates a few accounts a minute, not thousands).
 */
public final class KeycloakAdmin implements IdentityProvider {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, List<String>>> ATTRIBUTES =
      new TypeReference<>() {};

  private final URI base;
  private final String realm;
  private final String clientId;
  private final String clientSecret;
  private final Duration timeout;
  private final HttpClient http;

  public KeycloakAdmin(
      URI base, String realm, String clientId, String clientSecret, Duration timeout) {
    this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
    this.realm = realm;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** Configured from {@link KeycloakSetting}s read through {@code lookup} (environment names). */
  public static KeycloakAdmin from(Function<String, String> lookup) {
    return new KeycloakAdmin(
        URI.create(KeycloakSetting.URL.from(lookup)),
        KeycloakSetting.REALM.from(lookup),
        KeycloakSetting.CLIENT_ID.from(lookup),
        KeycloakSetting.CLIENT_SECRET.from(lookup),
        Duration.ofMillis(Long.parseLong(KeycloakSetting.TIMEOUT_MILLIS.from(lookup))));
  }

  @Override
  public Optional<DirectoryUser> findByUsername(String username) {
    HttpResponse<String> response =
        send(
            admin("users?exact=true&briefRepresentation=false&username=" + encode(username)).GET());
    expect(response, 200, "look up user " + username);
    for (JsonNode user : read(response.body())) {
      if (username.equalsIgnoreCase(user.path("username").asText())) {
        return Optional.of(user(user));
      }
    }
    return Optional.empty();
  }

  @Override
  public String create(NewDirectoryUser user) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", user.username());
    body.put("email", user.email());
    body.put("firstName", user.firstName());
    body.put("lastName", user.lastName());
    body.put("enabled", true);
    body.put("emailVerified", true);
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    user.attributes().forEach((k, v) -> attributes.put(k, List.of(v)));
    body.put("attributes", attributes);
    HttpResponse<String> response = send(admin("users").POST(json(body)));
    if (response.statusCode() == 409) {
      throw new UsernameTakenException(
          "username " + user.username() + " or its e-mail is already registered");
    }
    expect(response, 201, "create user " + user.username());
    String location = response.headers().firstValue("Location").orElse("");
    String id = location.substring(location.lastIndexOf('/') + 1);
    if (id.isBlank()) {
      throw new IdentityProviderException("keycloak created a user without a Location header");
    }
    return id;
  }

  @Override
  public void grantRealmRole(String userId, String role) {
    HttpResponse<String> found = send(admin("roles/" + encode(role)).GET());
    expect(found, 200, "read realm role " + role);
    JsonNode representation = readOne(found.body());
    HttpResponse<String> granted =
        send(
            admin("users/" + encode(userId) + "/role-mappings/realm")
                .POST(json(List.of(representation))));
    expect(granted, 204, "grant role " + role);
  }

  @Override
  public void setPassword(String userId, String password, boolean temporary) {
    Map<String, Object> credential =
        Map.of("type", "password", "value", password, "temporary", temporary);
    HttpResponse<String> response =
        send(admin("users/" + encode(userId) + "/reset-password").PUT(json(credential)));
    expect(response, 204, "set the password of user " + userId);
  }

  private HttpRequest.Builder admin(String path) {
    return HttpRequest.newBuilder(base.resolve("admin/realms/" + encode(realm) + "/" + path))
        .timeout(timeout)
        .header("Authorization", "Bearer " + token())
        .header("Accept", "application/json")
        .header("Content-Type", "application/json");
  }

  private String token() {
    String form =
        "grant_type=client_credentials&client_id="
            + encode(clientId)
            + "&client_secret="
            + encode(clientSecret);
    HttpRequest request =
        HttpRequest.newBuilder(
                base.resolve("realms/" + encode(realm) + "/protocol/openid-connect/token"))
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = send(request);
    expect(response, 200, "obtain an admin token for client " + clientId);
    String token = readOne(response.body()).path("access_token").asText();
    if (token.isBlank()) {
      throw new IdentityProviderException("keycloak answered a token response without a token");
    }
    return token;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IdentityProviderException(
          "keycloak at " + base + " unreachable: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityProviderException("interrupted while calling keycloak", e);
    }
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      String body = response.body() == null ? "" : response.body();
      throw new IdentityProviderException(
          "keycloak could not "
              + what
              + ": HTTP "
              + response.statusCode()
              + " "
              + body.substring(0, Math.min(200, body.length())));
    }
  }

  private static DirectoryUser user(JsonNode node) {
    Map<String, List<String>> attributes =
        node.has("attributes") ? JSON.convertValue(node.get("attributes"), ATTRIBUTES) : Map.of();
    return new DirectoryUser(node.path("id").asText(), node.path("username").asText(), attributes);
  }

  private static JsonNode read(String body) {
    JsonNode node = readOne(body);
    if (!node.isArray()) {
      throw new IdentityProviderException("keycloak answered a non-array where users were due");
    }
    return node;
  }

  private static JsonNode readOne(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IdentityProviderException("keycloak answered malformed JSON", e);
    }
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
