package id.nusatrade.processes.billing;

import static id.nusatrade.processes.billing.PaymentProcess.*;
import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.processes.ProcessDriver;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code payment} on the in-process engine: the test plays the workers and the
 * notification relay (message {@value PaymentProcess#NOTIFICATION_MESSAGE}).
 */
@ZeebeProcessTest
class PaymentProcessTest {
  private static final String ORDER = "nt-0f8e2c1a-1111-4a4a-9b9b-000000000001";
  private static final Duration EXPIRY = Duration.ofHours(24);

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessDriver driver;

  @BeforeEach
  void deploy() {
    driver = new ProcessDriver(engine, client).deployCatalog();
  }

  @Test
  void aSettledNotificationSendsTheReceiptAndEndsSettled() {
    ProcessInstanceEvent instance = charged();

    driver.publish(NOTIFICATION_MESSAGE, ORDER, Map.of(PAYMENT_STATE, "PAID"));
    ActivatedJob receipt = driver.job(SEND_RECEIPT_JOB);
    assertThat(receipt.getVariablesAsMap()).containsEntry(INVOICE_ID, "inv-1");
    driver.complete(receipt, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(CHARGE_INVOICE, AWAIT_NOTIFICATION, SEND_RECEIPT, PAYMENT_SETTLED)
        .hasNotPassedElement(EXPIRE_PAYMENT)
        .isCompleted()
        .hasVariableWithValue(PAYMENT_STATE, "PAID");
  }

  @Test
  void aNotificationForAnotherOrderDoesNotTouchThisPayment() {
    ProcessInstanceEvent instance = charged();

    driver.publish(NOTIFICATION_MESSAGE, "nt-other", Map.of(PAYMENT_STATE, "PAID"));

    assertThat(driver.jobs(SEND_RECEIPT_JOB)).isEmpty();
    assertThat(instance).isWaitingAtElements(AWAIT_NOTIFICATION);
  }

  @Test
  void aDeniedPaymentEndsDeniedWithoutAReceipt() {
    ProcessInstanceEvent instance = charged();

    driver.publish(NOTIFICATION_MESSAGE, ORDER, Map.of(PAYMENT_STATE, "FAILED"));

    assertThat(driver.jobs(SEND_RECEIPT_JOB)).isEmpty();
    assertThat(instance)
        .hasPassedElement(PAYMENT_DENIED)
        .isCompleted()
        .hasVariableWithValue(PAYMENT_STATE, "FAILED");
  }

  @Test
  void aRefundSendsTheRefundReceipt() {
    ProcessInstanceEvent instance = charged();

    driver.publish(NOTIFICATION_MESSAGE, ORDER, Map.of(PAYMENT_STATE, "REFUNDED"));
    driver.complete(SEND_REFUND_RECEIPT_JOB, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(SEND_REFUND_RECEIPT, PAYMENT_REFUNDED)
        .isCompleted();
  }

  @Test
  void anUnpaidChargeExpiresWhenTheWindowElapses() {
    ProcessInstanceEvent instance = charged();

    driver.travel(EXPIRY.minusMinutes(1));
    assertThat(driver.jobs(EXPIRE_JOB)).isEmpty();
    driver.travel(Duration.ofMinutes(2));
    driver.complete(EXPIRE_JOB, Map.of(PAYMENT_STATE, "FAILED"));

    assertThat(instance)
        .hasPassedElementsInOrder(PAYMENT_WINDOW_ELAPSED, EXPIRE_PAYMENT, PAYMENT_EXPIRED)
        .hasNotPassedElement(SEND_RECEIPT)
        .isCompleted()
        .hasVariableWithValue(PAYMENT_STATE, "FAILED");
  }

  @Test
  void moneyThatArrivedWithoutANotificationSettlesAtExpiry() {
    ProcessInstanceEvent instance = charged();

    driver.travel(EXPIRY.plusMinutes(1));
    driver.complete(EXPIRE_JOB, Map.of(PAYMENT_STATE, "PAID"));
    driver.complete(SEND_RECEIPT_JOB, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(EXPIRE_PAYMENT, SEND_RECEIPT, PAYMENT_SETTLED)
        .hasNotPassedElement(PAYMENT_EXPIRED)
        .isCompleted();
  }

  @Test
  void aNotificationThatArrivesBeforeTheChargeIsAnsweredIsKeptForTheWait() {
    ProcessInstanceEvent instance = driver.start(PROCESS, request());
    driver.publish(NOTIFICATION_MESSAGE, ORDER, Map.of(PAYMENT_STATE, "PAID"));

    driver.complete(CHARGE_JOB, Map.of());
    driver.complete(SEND_RECEIPT_JOB, Map.of());

    assertThat(instance).hasPassedElement(PAYMENT_SETTLED).isCompleted();
  }

  @Test
  void aRefusedChargeIsTheBpmnErrorAndEndsFailed() {
    ProcessInstanceEvent instance = driver.start(PROCESS, request());

    driver.throwError(CHARGE_JOB, CHARGE_REFUSED_ERROR, "Midtrans answered 400: invalid method");

    assertThat(instance)
        .hasPassedElementsInOrder(CHARGE_REFUSED, CHARGE_NOT_ACCEPTED)
        .hasNotPassedElement(AWAIT_NOTIFICATION)
        .isCompleted()
        .hasVariableWithValue(PAYMENT_STATE, "FAILED");
  }

  @Test
  void anUpgradeRequestStartsOnePaymentForItsInvoiceAndOnlyTheSettlementEndsIt() {
    PublishMessageResponse first = requestUpgradePayment("msg-1");
    // the user submits the upgrade again before paying: same invoice, so same order id
    requestUpgradePayment("msg-2");

    ActivatedJob charge = driver.job(CHARGE_JOB);
    assertThat(charge.getVariablesAsMap())
        .containsEntry(ORDER_ID, ORDER)
        .containsEntry(INVOICE_ID, "inv-1")
        .containsEntry(TENANT_ID, "tenant-1");
    driver.complete(charge, Map.of());
    driver.travel(EXPIRY.minusHours(1));
    assertThat(driver.jobs(EXPIRE_JOB)).isEmpty();

    driver.publish(NOTIFICATION_MESSAGE, ORDER, Map.of(PAYMENT_STATE, "PAID"));
    driver.complete(SEND_RECEIPT_JOB, Map.of());

    assertThat(first)
        .extractingProcessInstance()
        .hasPassedElementsInOrder(
            UPGRADE_START, CHARGE_INVOICE, AWAIT_NOTIFICATION, SEND_RECEIPT, PAYMENT_SETTLED)
        .hasNotPassedElement(PAYMENT_WINDOW_ELAPSED)
        .isCompleted()
        .hasVariableWithValue(PAYMENT_STATE, "PAID");
    assertThat(driver.jobs(CHARGE_JOB)).as("no second payment for the invoice").isEmpty();
  }

  @Test
  void anUnpaidUpgradeExpiresWhenItsWindowElapsesWithoutAReceipt() {
    PublishMessageResponse request = requestUpgradePayment("msg-1");
    driver.complete(CHARGE_JOB, Map.of());

    driver.travel(EXPIRY.minusMinutes(1));
    assertThat(driver.jobs(EXPIRE_JOB)).isEmpty();
    driver.travel(Duration.ofMinutes(2));
    ActivatedJob expire = driver.job(EXPIRE_JOB);
    assertThat(expire.getVariablesAsMap()).containsEntry(ORDER_ID, ORDER);
    driver.complete(expire, Map.of(PAYMENT_STATE, "FAILED"));

    assertThat(request)
        .extractingProcessInstance()
        .hasPassedElementsInOrder(
            UPGRADE_START, CHARGE_INVOICE, PAYMENT_WINDOW_ELAPSED, EXPIRE_PAYMENT, PAYMENT_EXPIRED)
        .hasNotPassedElement(SEND_RECEIPT)
        .isCompleted()
        .hasVariableWithValue(PAYMENT_STATE, "FAILED");
    assertThat(driver.jobs(SEND_RECEIPT_JOB)).isEmpty();
  }

  /** What the relay publishes for {@code BillingSignals.paymentRequested}. */
  private PublishMessageResponse requestUpgradePayment(String messageId) {
    PublishMessageResponse response =
        client
            .newPublishMessageCommand()
            .messageName(REQUESTED_MESSAGE)
            .correlationKey(ORDER)
            .messageId(messageId)
            .timeToLive(Duration.ofMinutes(1))
            .variables(request())
            .send()
            .join();
    try {
      engine.waitForIdleState(Duration.ofSeconds(10));
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(e);
    }
    return response;
  }

  private ProcessInstanceEvent charged() {
    ProcessInstanceEvent instance = driver.start(PROCESS, request());
    ActivatedJob charge = driver.job(CHARGE_JOB);
    assertThat(charge.getVariablesAsMap())
        .containsEntry(ORDER_ID, ORDER)
        .containsEntry(INVOICE_ID, "inv-1");
    driver.complete(charge, Map.of());
    assertThat(instance).isWaitingAtElements(AWAIT_NOTIFICATION);
    return instance;
  }

  private static Map<String, Object> request() {
    return Map.of(
        TENANT_ID, "tenant-1", INVOICE_ID, "inv-1", ORDER_ID, ORDER, PAYMENT_EXPIRY, "PT24H");
  }
}
