package id.nusatrade.billing.midtrans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.billing.payment.Notification;
import id.nusatrade.domain.billing.ChargeRequest;
import id.nusatrade.domain.billing.ChargeResult;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.billing.TransactionStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Midtrans Core API JSON: charge bodies out; charge, status and notification bodies in. */
public final class MidtransJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private MidtransJson() {}

  /** The charge body: IDR amounts are whole numbers on the way out. */
  public static String chargeBody(ChargeRequest request) {
    ObjectNode body = JSON.createObjectNode();
    PaymentMethod method = request.method();
    body.put("payment_type", method.paymentType());
    long rupiah = request.grossAmount().sen() / 100;
    ObjectNode details = body.putObject("transaction_details");
    details.put("order_id", request.orderId().value());
    details.put("gross_amount", rupiah);
    ObjectNode item = body.putArray("item_details").addObject();
    item.put("id", request.orderId().value());
    item.put("price", rupiah);
    item.put("quantity", 1);
    item.put(
        "name",
        request.itemName().length() > 50
            ? request.itemName().substring(0, 50)
            : request.itemName());
    switch (method) {
      case BCA_VA, BNI_VA, BRI_VA, PERMATA_VA ->
          body.putObject("bank_transfer").put("bank", method.bank());
      case MANDIRI_BILL -> {
        ObjectNode echannel = body.putObject("echannel");
        echannel.put("bill_info1", "Payment:");
        echannel.put("bill_info2", "Nusatrade subscription");
      }
      case CREDIT_CARD -> {
        ObjectNode card = body.putObject("credit_card");
        card.put("token_id", request.cardToken());
        card.put("authentication", true);
      }
      case GOPAY, SHOPEEPAY, QRIS -> {}
    }
    return body.toString();
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  /** What the payer needs: VA number, bill key, QR or deeplink URLs, 3-D Secure redirect. */
  static ChargeResult chargeResult(JsonNode body) {
    Map<String, String> instructions = new LinkedHashMap<>();
    JsonNode va = body.path("va_numbers");
    if (va.isArray() && !va.isEmpty()) {
      instructions.put("bank", va.get(0).path("bank").asText());
      instructions.put("va_number", va.get(0).path("va_number").asText());
    }
    copy(body, "permata_va_number", "va_number", instructions);
    copy(body, "bill_key", "bill_key", instructions);
    copy(body, "biller_code", "biller_code", instructions);
    copy(body, "qr_string", "qr_string", instructions);
    copy(body, "redirect_url", "redirect_url", instructions);
    copy(body, "expiry_time", "expiry_time", instructions);
    for (JsonNode action : body.path("actions")) {
      String name = action.path("name").asText();
      if (name.equals("generate-qr-code")) {
        instructions.put("qr_url", action.path("url").asText());
      } else if (name.equals("deeplink-redirect")) {
        instructions.put("deeplink_url", action.path("url").asText());
      }
    }
    return new ChargeResult(
        body.path("transaction_id").asText(),
        body.path("transaction_status").asText(),
        instructions);
  }

  static TransactionStatus status(JsonNode body) {
    return new TransactionStatus(
        text(body, "order_id"),
        text(body, "transaction_id"),
        text(body, "transaction_status"),
        text(body, "fraud_status"),
        text(body, "status_code"),
        text(body, "gross_amount"));
  }

  /** A notification body as received; every field kept as the exact text sent. */
  public static Notification notification(String body) {
    JsonNode json = parse(body);
    if (!json.isObject()) {
      throw new IllegalArgumentException("a notification is a JSON object");
    }
    return new Notification(
        text(json, "order_id"),
        text(json, "status_code"),
        text(json, "gross_amount"),
        text(json, "signature_key"),
        text(json, "transaction_status"),
        text(json, "fraud_status"),
        text(json, "transaction_id"));
  }

  private static void copy(JsonNode body, String field, String as, Map<String, String> into) {
    String value = text(body, field);
    if (value != null && !value.isEmpty()) {
      into.put(as, value);
    }
  }

  /** A field's text exactly as sent: "10000.00" stays "10000.00"; absent or null is null. */
  static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() && !value.isTextual() ? value.asText() : value.textValue();
  }
}
