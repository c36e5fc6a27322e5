package id.nusatrade.billing.midtrans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.billing.midtrans.simulator.MidtransSimulator;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.domain.billing.ChargeRequest;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.billing.TransactionStatus;
import id.nusatrade.domain.money.Idr;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against the simulator over loopback: the wire format both ends speak. */
class MidtransSimulatorTest {
  private static final ServerKey KEY = new ServerKey("SB-Mid-server-sim-test");
  private MidtransSimulator simulator;
  private MidtransPaymentGateway gateway;

  @BeforeEach
  void start() throws Exception {
    // notifications go nowhere here (port 9 discards): only the Core API is under test
    simulator =
        new MidtransSimulator(0, KEY, URI.create("http://127.0.0.1:9/none"), Clock.systemUTC());
    gateway =
        new MidtransPaymentGateway(
            new MidtransSettings(simulator.baseUrl(), KEY, Duration.ofSeconds(5)));
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private static ChargeRequest charge(String order, long rupiah, String key) {
    return new ChargeRequest(
        new OrderId(order), Idr.of(rupiah), PaymentMethod.PERMATA_VA, key, "x", null);
  }

  @Test
  void aChargeIsPendingAndTheStatusApiEchoesTheAmountWithTwoDecimals() {
    var result = gateway.charge(charge("o-1", 331_890, "o-1"));
    assertThat(result.transactionStatus()).isEqualTo("pending");
    assertThat(result.instructions()).containsKey("va_number");

    TransactionStatus status = gateway.status(new OrderId("o-1"));
    assertThat(status.grossAmount()).isEqualTo("331890.00");
    assertThat(status.statusCode()).isEqualTo("201");
    assertThat(status.transactionId()).isEqualTo(result.transactionId());
  }

  @Test
  void aPendingTransactionIsCancelledOnceAndThenRefusedAsMidtransDoes() throws Exception {
    gateway.charge(charge("o-c", 331_890, "o-c"));

    TransactionStatus cancelled = gateway.cancel(new OrderId("o-c"));
    assertThat(cancelled.transactionStatus()).isEqualTo("cancel");
    assertThat(cancelled.statusCode()).isEqualTo("200");
    assertThat(cancelled.grossAmount()).isEqualTo("331890.00");
    assertThat(gateway.status(new OrderId("o-c")).transactionStatus()).isEqualTo("cancel");

    // the wire format, as Midtrans documents it: POST /v2/{order_id}/cancel, no body
    HttpResponse<String> again =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(simulator.baseUrl().resolve("/v2/o-c/cancel"))
                    .header("Authorization", basic())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(again.body())
        .contains("\"status_code\":\"412\"")
        .contains("Merchant cannot modify the status of the transaction");
    assertThatThrownBy(() -> gateway.cancel(new OrderId("o-c")))
        .isInstanceOfSatisfying(
            PaymentGatewayException.class, e -> assertThat(e.retryable()).isFalse());
    assertThatThrownBy(() -> gateway.cancel(new OrderId("o-unknown")))
        .isInstanceOfSatisfying(
            PaymentGatewayException.class,
            e -> assertThat(e.getMessage()).contains("404").doesNotContain(KEY.reveal()));
  }

  @Test
  void aSettledTransactionCannotBeCancelled() {
    gateway.charge(charge("o-s", 1_000, "o-s"));
    simulator.act("o-s", "settle", 0, false, 0);

    assertThatThrownBy(() -> gateway.cancel(new OrderId("o-s"))).hasMessageContaining("412");
    assertThat(simulator.transactionStatus("o-s")).isEqualTo("settlement");
  }

  private static String basic() {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((KEY.reveal() + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theSameIdempotencyKeyReturnsTheFirstChargeAndASecondOrderUseIsRefused() {
    var first = gateway.charge(charge("o-2", 1_000, "k-2"));
    var again = gateway.charge(charge("o-2", 1_000, "k-2"));
    assertThat(again.transactionId()).isEqualTo(first.transactionId());
    assertThat(simulator.chargesCreated()).isEqualTo(1);

    assertThatThrownBy(() -> gateway.charge(charge("o-2", 1_000, "k-other")))
        .isInstanceOf(PaymentGatewayException.class)
        .hasMessageContaining("406");
    assertThatThrownBy(() -> gateway.charge(charge("o-3", 2_000, "k-2")))
        .hasMessageContaining("idempotency-key is not unique");
    assertThat(simulator.chargesCreated()).isEqualTo(1);
  }

  @Test
  void aWrongServerKeyIsRefusedAndTheKeyIsNotInTheMessage() {
    MidtransPaymentGateway wrong =
        new MidtransPaymentGateway(
            new MidtransSettings(
                simulator.baseUrl(), new ServerKey("SB-Mid-server-WRONG"), Duration.ofSeconds(5)));
    assertThatThrownBy(() -> wrong.charge(charge("o-4", 1_000, "o-4")))
        .isInstanceOf(PaymentGatewayException.class)
        .hasMessageContaining("401")
        .hasMessageNotContaining("WRONG");
    assertThatThrownBy(() -> gateway.status(new OrderId("never"))).hasMessageContaining("404");
  }
}
