package id.nusatrade.server.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * Turns container error pages into problem documents. The security layers answer 401 and 403 with
 * {@code sendError}, which would give an HTML or empty body; API clients get the same JSON shape as
 * every other error instead. Headers already set (such as {@code WWW-Authenticate}) stay.
 */
final class ProblemErrors extends HttpServletResponseWrapper {
  private static final Map<Integer, String> DETAILS =
      Map.of(
          401, "a valid bearer token from the nusatrade realm is required",
          403, "your roles do not allow this request");

  ProblemErrors(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void sendError(int status) throws IOException {
    sendError(status, null);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    if (isCommitted() || !DETAILS.containsKey(status)) {
      super.sendError(status, message);
      return;
    }
    resetBuffer();
    setStatus(status);
    setContentType("application/problem+json");
    setCharacterEncoding("UTF-8");
    getWriter().write(problem(status));
    flushBuffer();
  }

  private static String problem(int status) {
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", status == 401 ? "Unauthorized" : "Forbidden")
        .add("status", status)
        .add("detail", DETAILS.get(status))
        .build()
        .toString();
  }
}
