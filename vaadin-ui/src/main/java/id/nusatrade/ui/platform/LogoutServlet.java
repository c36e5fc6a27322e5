package id.nusatrade.ui.platform;

import id.nusatrade.ui.security.LibertyIdToken;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends the Liberty login and the HTTP session, then ends the Keycloak session too (otherwise the
 * next visit would log straight back in) and returns to the app's root. With the ID token as hint
 * Keycloak logs out without asking for confirmation.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws IOException, ServletException {
    // Read before req.logout(): afterwards the subject (and its ID token) is gone.
    String hint =
        LibertyIdToken.raw()
            .map(t -> "&id_token_hint=" + URLEncoder.encode(t, StandardCharsets.UTF_8))
            .orElse("");
    req.logout();
    var session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String back = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/";
    resp.sendRedirect(
        OidcSettings.issuer()
            + "/protocol/openid-connect/logout?client_id="
            + URLEncoder.encode(OidcSettings.clientId(), StandardCharsets.UTF_8)
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(back, StandardCharsets.UTF_8)
            + hint);
  }
}
