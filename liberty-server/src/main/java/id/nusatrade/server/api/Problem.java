package id.nusatrade.server.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document. */
public record Problem(String type, String title, int status, String detail) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(int status, String title, String detail) {
    Problem body = new Problem("about:blank", title, status, detail);
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(body).build();
  }
}
