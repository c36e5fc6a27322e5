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
