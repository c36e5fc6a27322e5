package id.nusatrade.billing.midtrans;

import com.fasterxml.jackson.databind.JsonNode;
import id.nusatrade.domain.billing.ChargeRequest;
import id.nusatrade.domain.billing.ChargeResult;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.billing.TransactionStatus;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@link PaymentGateway} on Midtrans' Core API. Midtrans reports failures in the body's {@code
 * status_code} (sometimes with HTTP 200), so that is what decides: 200/201 are answers (and 202
 * from the status and cancel APIs: a denied, cancelled or expired transaction), 5xx and network
 * errors are retryable, anything else is a refusal. Messages never contain the key.
 */
public final class MidtransPaymentGateway implements PaymentGateway {
  private final MidtransSettings settings;
  private final HttpClient http;

  public MidtransPaymentGateway(MidtransSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  @Override
  public ChargeResult charge(ChargeRequest request) {
    HttpRequest post =
        authorized("/v2/charge")
            .header("Content-Type", "application/json")
            .header("X-Idempotency-Key", request.idempotencyKey())
            .POST(HttpRequest.BodyPublishers.ofString(MidtransJson.chargeBody(request)))
            .build();
    return MidtransJson.chargeResult(send(post, "charge of " + request.orderId(), false));
  }

  @Override
  public TransactionStatus status(OrderId orderId) {
    HttpRequest get = authorized("/v2/" + orderId.value() + "/status").GET().build();
    return MidtransJson.status(send(get, "status of " + orderId, true));
  }

  /** {@code POST /v2/{order_id}/cancel}, no body; a refusal (412, 404) is not retryable. */
  @Override
  public TransactionStatus cancel(OrderId orderId) {
    HttpRequest post =
        authorized("/v2/" + orderId.value() + "/cancel")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return MidtransJson.status(send(post, "cancel of " + orderId, true));
  }

  private HttpRequest.Builder authorized(String path) {
    String basic =
        Base64.getEncoder()
            .encodeToString((settings.serverKey().reveal() + ":").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(settings.resolve(path))
        .timeout(settings.timeout())
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + basic);
  }

  /**
   * {@code transactionState}: the answer describes a transaction, so 202 (denied, cancelled,
   * expired) is a state to read, not a refusal.
   */
  private JsonNode send(HttpRequest request, String what, boolean transactionState) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new PaymentGatewayException("Midtrans " + what + " failed: " + e, true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PaymentGatewayException("Midtrans " + what + " interrupted", true, e);
    }
    JsonNode body;
    try {
      body = MidtransJson.parse(response.body());
    } catch (IllegalArgumentException e) {
      throw new PaymentGatewayException(
          "Midtrans " + what + ": HTTP " + response.statusCode() + " without JSON",
          response.statusCode() >= 500,
          e);
    }
    String code = body.path("status_code").asText(Integer.toString(response.statusCode()));
    if (code.equals("200")
        || code.equals("201")
        || (transactionState && code.equals("202") && body.hasNonNull("transaction_status"))) {
      return body;
    }
    String message = body.path("status_message").asText(body.path("error_messages").toString());
    throw new PaymentGatewayException(
        "Midtrans " + what + " answered " + code + ": " + message, code.startsWith("5"), null);
  }
}
