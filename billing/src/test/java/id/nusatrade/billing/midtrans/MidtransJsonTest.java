package id.nusatrade.billing.midtrans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.nusatrade.billing.payment.Notification;
import id.nusatrade.domain.billing.ChargeRequest;
import id.nusatrade.domain.billing.ChargeResult;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.money.Idr;
import org.junit.jupiter.api.Test;

/** Midtrans' JSON as its Core API documentation writes it (field names, types). */
class MidtransJsonTest {
  private static ChargeRequest charge(PaymentMethod method, String token) {
    return new ChargeRequest(
        new OrderId("nt-order-1"),
        Idr.of(331_890),
        method,
        "nt-order-1",
        "Nusatrade pro-monthly",
        token);
  }

  @Test
  void aBcaVirtualAccountChargeIsABankTransferWithWholeRupiah() {
    JsonNode body = MidtransJson.parse(MidtransJson.chargeBody(charge(PaymentMethod.BCA_VA, null)));

    assertThat(body.path("payment_type").asText()).isEqualTo("bank_transfer");
    assertThat(body.path("bank_transfer").path("bank").asText()).isEqualTo("bca");
    assertThat(body.path("transaction_details").path("order_id").asText()).isEqualTo("nt-order-1");
    assertThat(body.path("transaction_details").path("gross_amount").isIntegralNumber()).isTrue();
    assertThat(body.path("transaction_details").path("gross_amount").asLong()).isEqualTo(331_890);
    // item prices must add up to gross_amount or Midtrans refuses the charge
    assertThat(body.path("item_details").get(0).path("price").asLong()).isEqualTo(331_890);
  }

  @Test
  void otherMethodsCarryTheirOwnSection() {
    JsonNode mandiri =
        MidtransJson.parse(MidtransJson.chargeBody(charge(PaymentMethod.MANDIRI_BILL, null)));
    assertThat(mandiri.path("payment_type").asText()).isEqualTo("echannel");
    assertThat(mandiri.path("echannel").path("bill_info1").asText()).isNotBlank();
    JsonNode card =
        MidtransJson.parse(MidtransJson.chargeBody(charge(PaymentMethod.CREDIT_CARD, "tok-1")));
    assertThat(card.path("credit_card").path("token_id").asText()).isEqualTo("tok-1");
    assertThat(
            MidtransJson.parse(MidtransJson.chargeBody(charge(PaymentMethod.QRIS, null)))
                .path("payment_type")
                .asText())
        .isEqualTo("qris");
  }

  @Test
  void chargeAnswersBecomePayerInstructions() {
    ChargeResult permata =
        MidtransJson.chargeResult(
            MidtransJson.parse(
                """
                {"status_code":"201","transaction_id":"t1","transaction_status":"pending",
                 "permata_va_number":"8562000087926752"}"""));
    assertThat(permata.instructions()).containsEntry("va_number", "8562000087926752");
    ChargeResult gopay =
        MidtransJson.chargeResult(
            MidtransJson.parse(
                """
                {"status_code":"201","transaction_id":"t2","transaction_status":"pending",
                 "actions":[{"name":"generate-qr-code","method":"GET","url":"https://q"},
                            {"name":"deeplink-redirect","method":"GET","url":"gojek://x"}]}"""));
    assertThat(gopay.instructions())
        .containsEntry("qr_url", "https://q")
        .containsEntry("deeplink_url", "gojek://x");
  }

  @Test
  void aNotificationKeepsTheAmountTextExactlyAsSent() {
    Notification n =
        MidtransJson.notification(
            """
            {"order_id":"o","status_code":"200","gross_amount":"10000.00","signature_key":"s",
             "transaction_status":"settlement","fraud_status":"accept","transaction_id":"t"}""");
    assertThat(n.grossAmount()).isEqualTo("10000.00");
    // a number instead of a string keeps its literal text too (the signature would then fail)
    Notification numeric =
        MidtransJson.notification(
            "{\"order_id\":\"o\",\"status_code\":\"200\",\"gross_amount\":10000}");
    assertThat(numeric.grossAmount()).isEqualTo("10000");
  }
}
