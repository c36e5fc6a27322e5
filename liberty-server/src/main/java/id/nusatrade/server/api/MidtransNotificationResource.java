package id.nusatrade.server.api;

import id.nusatrade.billing.midtrans.MidtransJson;
import id.nusatrade.billing.payment.Notification;
import id.nusatrade.billing.payment.NotificationHandler;
import id.nusatrade.billing.payment.NotificationOutcome;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Midtrans' payment notifications (no login: the signature is the authentication). Translates only:
 * the body goes to the billing module's handler, whose outcome becomes 200 or 403.
 */
@Path("payments/midtrans/notification")
@RequestScoped
@Tag(name = "billing")
public class MidtransNotificationResource {
  private static final int MAX_BODY = 64 * 1024;

  @Inject NotificationHandler handler;

  @POST
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A Midtrans payment notification")
  @APIResponse(responseCode = "200", description = "Accepted (applied, duplicate or out of date)")
  @APIResponse(responseCode = "403", description = "Bad signature: nothing changed")
  @APIResponse(responseCode = "503", description = "The status API could not confirm: retry")
  public Response notify(String body) {
    if (body == null || body.length() > MAX_BODY) {
      throw new InvalidRequestException("a notification is a JSON object of at most 64 KiB");
    }
    Notification notification;
    try {
      notification = MidtransJson.notification(body);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("the notification is not a JSON object");
    }
    NotificationOutcome outcome = handler.handle(notification);
    if (!outcome.accepted()) {
      return Problem.response(403, "Forbidden", "the notification signature is not valid");
    }
    return Response.ok(Map.of("outcome", outcome.name().toLowerCase())).build();
  }
}
