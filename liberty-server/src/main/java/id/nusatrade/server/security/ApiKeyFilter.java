package id.nusatrade.server.security;

import id.nusatrade.billing.apikey.ApiKeyOwner;
import id.nusatrade.billing.apikey.ApiKeyService;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;

/**
 * Authentication by API key ({@code X-API-Key}, API.md). A request carrying the header is served as
 * the key's owner: the request's principal and roles become the owner's (so {@code @RolesAllowed}
 * applies unchanged) and {@link ApiKeyCaller} is bound for the resources. An unknown, revoked or
 * malformed key is a 401 at once; a request without the header is untouched (Keycloak JWT as
 * before). A request may not carry both a key and a bearer token.
 */
@WebFilter(urlPatterns = "/*")
public class ApiKeyFilter implements Filter {
  public static final String HEADER = "X-API-Key";

  @Inject ApiKeyService keys;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    String presented = req.getHeader(HEADER);
    if (presented == null) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse res = (HttpServletResponse) response;
    if (req.getHeader("Authorization") != null) {
      refuse(res, 400, "Bad Request", "send either X-API-Key or Authorization, not both");
      return;
    }
    Optional<ApiKeyOwner> owner = keys.authenticate(presented);
    if (owner.isEmpty()) {
      res.setHeader("WWW-Authenticate", "ApiKey realm=\"nusatrade\"");
      refuse(res, 401, "Unauthorized", "the API key is unknown, revoked or malformed");
      return;
    }
    ApiKeyCaller caller = ApiKeyCaller.of(owner.get());
    HttpServletRequest asOwner = new OwnerRequest(req, caller);
    try (ApiKeyCaller.Binding bound = caller.bind()) {
      chain.doFilter(asOwner, response);
    }
  }

  private static void refuse(HttpServletResponse res, int status, String title, String detail)
      throws IOException {
    res.setStatus(status);
    res.setContentType("application/problem+json");
    res.getOutputStream()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                    .formatted(title, status, detail))
                .getBytes(StandardCharsets.UTF_8));
  }

  /** The request as the key's owner makes it. */
  private static final class OwnerRequest extends HttpServletRequestWrapper {
    private final ApiKeyCaller caller;
    private final Principal principal;

    OwnerRequest(HttpServletRequest request, ApiKeyCaller caller) {
      super(request);
      this.caller = caller;
      String name = caller.caller().username();
      this.principal = () -> name;
    }

    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public String getRemoteUser() {
      return principal.getName();
    }

    @Override
    public String getAuthType() {
      return "API_KEY";
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.caller().roles().stream().anyMatch(r -> r.claim().equals(role));
    }

    @Override
    public boolean authenticate(HttpServletResponse response) {
      return true;
    }
  }
}
