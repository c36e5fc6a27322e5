package id.nusatrade.workers.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A new trader's first login as a browser does it (authorization code flow of the web client):
 * Keycloak's login form with the temporary password, its "update password" form, then the code is
 * exchanged for tokens. Plain HTTP with a cookie jar; no browser needed.
 */
public final class KeycloakBrowserLogin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

  private final String issuer;
  private final String clientId;
  private final String clientSecret;
  private final String redirectUri;
  private final HttpClient http;

  /**
   * The session cookies Keycloak set, sent back by hand: the JDK's cookie manager withholds cookies
   * marked Secure (Keycloak marks its SameSite=None ones so) on plain http.
   */
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public KeycloakBrowserLogin(
      String issuer, String clientId, String clientSecret, String redirectUri) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.redirectUri = redirectUri;
    this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Logs in with the temporary password, sets {@code newPassword}, returns the access token. */
  public String firstLogin(String username, String temporaryPassword, String newPassword)
      throws IOException, InterruptedException {
    String authorize =
        issuer
            + "/protocol/openid-connect/auth?"
            + form(
                Map.of(
                    "client_id", clientId,
                    "response_type", "code",
                    "scope", "openid",
                    "state", "e2e",
                    "redirect_uri", redirectUri));
    HttpResponse<String> page = follow(get(authorize));
    HttpResponse<String> next =
        follow(
            post(
                action(page),
                Map.of("username", username, "password", temporaryPassword, "credentialId", "")));
    if (!isRedirectToClient(next)) {
      next =
          follow(
              post(
                  action(next),
                  Map.of("password-new", newPassword, "password-confirm", newPassword)));
    }
    if (!isRedirectToClient(next)) {
      throw new IllegalStateException(
          "keycloak did not log in: HTTP " + next.statusCode() + " " + excerpt(next.body()));
    }
    String location = next.headers().firstValue("Location").orElseThrow();
    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
    if (!code.find()) {
      throw new IllegalStateException("no code in " + location);
    }
    HttpResponse<String> tokens =
        http.send(
            HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "grant_type", "authorization_code",
                                "code", code.group(1),
                                "redirect_uri", redirectUri,
                                "client_id", clientId,
                                "client_secret", clientSecret))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (tokens.statusCode() != 200) {
      throw new IllegalStateException("code exchange: HTTP " + tokens.statusCode());
    }
    return JSON.readTree(tokens.body()).get("access_token").asText();
  }

  /** The token's payload. */
  public static JsonNode claims(String jwt) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  private boolean isRedirectToClient(HttpResponse<String> response) {
    return response.statusCode() / 100 == 3
        && response.headers().firstValue("Location").orElse("").startsWith(redirectUri);
  }

  /** Follows Keycloak's own redirects (not the one back to the client). */
  private HttpResponse<String> follow(HttpResponse<String> response)
      throws IOException, InterruptedException {
    HttpResponse<String> current = response;
    for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
      if (isRedirectToClient(current)) {
        return current;
      }
      String location = current.headers().firstValue("Location").orElseThrow();
      current = get(current.uri().resolve(location).toString());
    }
    return current;
  }

  private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(uri)).GET());
  }

  private HttpResponse<String> post(String uri, Map<String, String> fields)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(uri))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length() - 1) {
        cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      } else if (eq > 0) {
        cookies.remove(pair.substring(0, eq).strip()); // Keycloak deleting a cookie
      }
    }
    return response;
  }

  private static String action(HttpResponse<String> page) {
    Matcher m = FORM_ACTION.matcher(page.body());
    if (page.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException(
          "expected a keycloak form at "
              + page.uri()
              + ", got HTTP "
              + page.statusCode()
              + ": "
              + excerpt(page.body()));
    }
    return m.group(1).replace("&amp;", "&");
  }

  private static String form(Map<String, String> fields) {
    return new LinkedHashMap<>(fields)
        .entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  /** The page's text (tags and head dropped): Keycloak's error message is in there. */
  private static String excerpt(String body) {
    if (body == null) {
      return "";
    }
    int start = body.indexOf("<body");
    String text =
        body.substring(Math.max(0, start))
            .replaceAll("(?s)<script.*?</script>", " ")
            .replaceAll("<[^>]+>", " ")
            .replaceAll("\\s+", " ")
            .strip();
    return text.substring(0, Math.min(400, text.length()));
  }
}
