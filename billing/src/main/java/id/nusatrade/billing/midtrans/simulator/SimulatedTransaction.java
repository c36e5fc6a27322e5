package id.nusatrade.billing.midtrans.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.billing.payment.NotificationSignature;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** One transaction as Midtrans would hold it, and its JSON in Midtrans' field names. */
final class SimulatedTransaction {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Jakarta"));

  final String orderId;
  final String transactionId = UUID.randomUUID().toString();
  final String grossAmount;
  final String paymentType;
  final String bank;
  final Instant createdAt;
  final String payNumber;
  private String status = "pending";
  private String fraudStatus = "accept";
  private Instant changedAt;

  SimulatedTransaction(JsonNode charge, Instant now, long sequence) {
    JsonNode details = charge.path("transaction_details");
    this.orderId = details.path("order_id").asText();
    // Midtrans echoes IDR amounts with two decimals: 331890 → "331890.00"
    this.grossAmount = details.path("gross_amount").decimalValue().setScale(2).toPlainString();
    this.paymentType = charge.path("payment_type").asText();
    this.bank = charge.path("bank_transfer").path("bank").asText(null);
    this.createdAt = now;
    this.changedAt = now;
    this.payNumber = String.format("%011d", 10_000_000_000L + sequence);
  }

  synchronized String status() {
    return status;
  }

  synchronized void move(String next, String fraud, Instant now) {
    status = next;
    fraudStatus = fraud;
    changedAt = now;
  }

  static String statusCode(String status) {
    return switch (status) {
      case "settlement", "capture", "refund", "partial_refund" -> "200";
      case "pending", "authorize" -> "201";
      default -> "202";
    };
  }

  /** The charge answer: pending, with what the payer needs for this payment type. */
  synchronized ObjectNode chargeResponse(String payBase) {
    ObjectNode body = base("pending", "201");
    body.put("status_message", "Success, " + paymentType + " transaction is created");
    body.put("expiry_time", TIME.format(createdAt.plusSeconds(24 * 3600)));
    switch (paymentType) {
      case "bank_transfer" -> {
        if ("permata".equals(bank)) {
          body.put("permata_va_number", payNumber);
        } else {
          ObjectNode va = body.putArray("va_numbers").addObject();
          va.put("bank", bank);
          va.put("va_number", payNumber);
        }
      }
      case "echannel" -> {
        body.put("bill_key", payNumber);
        body.put("biller_code", "70012");
      }
      case "gopay", "qris", "shopeepay" -> {
        var actions = body.putArray("actions");
        if (!paymentType.equals("shopeepay")) {
          action(actions.addObject(), "generate-qr-code", payBase + "/qr");
          body.put("qr_string", "00020101021226620014COM.GO-JEK.WWW0118" + payNumber);
        }
        action(actions.addObject(), "deeplink-redirect", payBase);
        action(actions.addObject(), "get-status", "/v2/" + orderId + "/status");
      }
      case "credit_card" -> body.put("redirect_url", payBase);
      default -> {}
    }
    return body;
  }

  /** The status API's answer, signed like Midtrans signs it. */
  synchronized ObjectNode statusResponse(NotificationSignature signer) {
    String code = statusCode(status);
    ObjectNode body = base(status, code);
    body.put("status_message", "Success, transaction is found");
    body.put("signature_key", signer.sign(orderId, code, grossAmount));
    return body;
  }

  /** The cancel API's answer (Midtrans: 200, "Success, transaction is canceled"). */
  synchronized ObjectNode cancelResponse() {
    ObjectNode body = base(status, "200");
    body.put("status_message", "Success, transaction is canceled");
    return body;
  }

  /** A notification of {@code asStatus} (the current one, or an older one to replay). */
  synchronized ObjectNode notification(String asStatus, NotificationSignature signer) {
    String code = statusCode(asStatus);
    ObjectNode body = base(asStatus, code);
    body.put("status_message", "midtrans payment notification");
    body.put("signature_key", signer.sign(orderId, code, grossAmount));
    if (asStatus.equals("settlement")) {
      body.put("settlement_time", TIME.format(changedAt));
    }
    return body;
  }

  private ObjectNode base(String asStatus, String code) {
    ObjectNode body = JSON.createObjectNode();
    body.put("status_code", code);
    body.put("transaction_id", transactionId);
    body.put("order_id", orderId);
    body.put("merchant_id", "G000000000");
    body.put("gross_amount", grossAmount);
    body.put("currency", "IDR");
    body.put("payment_type", paymentType);
    body.put("transaction_time", TIME.format(createdAt));
    body.put("transaction_status", asStatus);
    body.put("fraud_status", fraudStatus);
    if (bank != null && !"permata".equals(bank)) {
      ObjectNode va = body.putArray("va_numbers").addObject();
      va.put("bank", bank);
      va.put("va_number", payNumber);
    }
    return body;
  }

  private static void action(ObjectNode node, String name, String url) {
    node.put("name", name);
    node.put("method", "GET");
    node.put("url", url);
  }
}
