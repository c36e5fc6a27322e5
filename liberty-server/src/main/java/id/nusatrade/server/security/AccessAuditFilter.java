package id.nusatrade.server.security;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Sees every API request after authentication and before the answer leaves: records the first
 * request of each login session, and every 401 and 403 whichever layer produced it (the mpJwt
 * authenticator, {@code @RolesAllowed}, or a resource), whose bodies {@link ProblemErrors} turns
 * into problem documents. Implements {@link Filter} directly: Liberty's annotation scan does not
 * accept a {@code @WebFilter} that only inherits it.
 */
@WebFilter(urlPatterns = "/*")
public class AccessAuditFilter implements Filter {
  private static final int MAX_LINE = 200;

  @Inject AccessAudit audit;
  @Inject SessionsSeen sessions;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse res = new ProblemErrors((HttpServletResponse) response);
    Caller caller =
        req.getUserPrincipal() instanceof JsonWebToken token ? TokenClaims.caller(token) : null;
    String line = requestLine(req);
    if (caller != null && sessions.firstSight(caller.session())) {
      audit.login(caller, line);
    }
    chain.doFilter(req, res);
    switch (res.getStatus()) {
      case 401 -> audit.unauthenticated(line, req.getHeader("Authorization") != null);
      case 403 -> audit.forbidden(caller, line);
      default -> {}
    }
  }

  /** Method and path, cut short: the path is caller-controlled and may be huge. */
  static String requestLine(HttpServletRequest req) {
    String line = req.getMethod() + " " + req.getRequestURI();
    return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "...";
  }
}
