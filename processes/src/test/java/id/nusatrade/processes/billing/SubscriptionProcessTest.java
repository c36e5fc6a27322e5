package id.nusatrade.processes.billing;

import static id.nusatrade.processes.billing.SubscriptionProcess.*;
import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.processes.ProcessDriver;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code subscription} (and the {@code payment} it calls) on the in-process engine,
 * timers by time travel. The test plays the workers and the relay of billing's signals.
 */
@ZeebeProcessTest
class SubscriptionProcessTest {
  private static final String TENANT = "7b7f4c5e-0000-4000-8000-000000000001";
  private static final String ORDER = "nt-5a1c0de0-0000-4000-8000-000000000002";
  private static final Duration MONTH = Duration.ofDays(30);
  private static final Duration REMINDER_EVERY = Duration.ofDays(3);
  private static final Duration RESTRICTED_FOR = Duration.ofDays(7);
  private static final Duration PAYMENT_EXPIRY = Duration.ofHours(24);

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private RecordStream records;
  private ProcessDriver driver;

  @BeforeEach
  void deploy() {
    driver = new ProcessDriver(engine, client).deployCatalog();
  }

  @Test
  void aPaidRenewalStartsTheNextPeriod() {
    start();
    read("ACTIVE", MONTH);

    driver.travel(MONTH.minusMinutes(1));
    assertThat(driver.jobs(END_PERIOD_JOB)).isEmpty();
    driver.travel(Duration.ofMinutes(2));
    invoiceRenewal();
    payRenewal("PAID");
    driver.complete(PaymentProcess.SEND_RECEIPT_JOB, Map.of());

    ActivatedJob reread = driver.job(READ_JOB);
    assertThat(reread.getVariablesAsMap()).containsEntry(PaymentProcess.PAYMENT_STATE, "PAID");
    assertThat(elementsPassed())
        .containsSubsequence(
            READ_SUBSCRIPTION,
            PERIOD_END_REACHED,
            END_PERIOD,
            PaymentProcess.SEND_RECEIPT,
            PaymentProcess.PAYMENT_SETTLED,
            COLLECT_RENEWAL_PAYMENT)
        .doesNotContain(MARK_OVERDUE);
  }

  @Test
  void aRenewalWhoseVirtualAccountIsNeverPaidWalksTheOverduePathToFree() {
    start();
    read("ACTIVE", MONTH);
    driver.travel(MONTH.plusMinutes(1));
    invoiceRenewal();
    driver.complete(PaymentProcess.CHARGE_JOB, Map.of());

    driver.travel(PAYMENT_EXPIRY.plusMinutes(1));
    driver.complete(PaymentProcess.EXPIRE_JOB, Map.of(PaymentProcess.PAYMENT_STATE, "FAILED"));
    driver.complete(MARK_OVERDUE_JOB, Map.of());
    driver.complete(SEND_REMINDER_JOB, Map.of(REMINDERS_SENT, 1));

    driver.travel(REMINDER_EVERY.minusMinutes(1));
    assertThat(driver.jobs(SEND_REMINDER_JOB)).isEmpty();
    driver.travel(Duration.ofMinutes(2));
    driver.complete(SEND_REMINDER_JOB, Map.of(REMINDERS_SENT, 2));
    driver.travel(REMINDER_EVERY.plusMinutes(1));
    assertThat(driver.jobs(SEND_REMINDER_JOB)).as("only two reminders").isEmpty();
    driver.complete(RESTRICT_FEATURES_JOB, Map.of());

    driver.travel(RESTRICTED_FOR.minusMinutes(1));
    assertThat(driver.jobs(DOWNGRADE_TO_FREE_JOB)).isEmpty();
    driver.travel(Duration.ofMinutes(2));
    driver.complete(DOWNGRADE_TO_FREE_JOB, Map.of());

    assertThat(elementsPassed())
        .containsSubsequence(
            END_PERIOD,
            PaymentProcess.EXPIRE_PAYMENT,
            PaymentProcess.PAYMENT_EXPIRED,
            MARK_OVERDUE,
            SEND_PAYMENT_REMINDER,
            REMINDER_INTERVAL_ELAPSED,
            SEND_PAYMENT_REMINDER,
            REMINDER_INTERVAL_ELAPSED,
            RESTRICT_FEATURES,
            DOWNGRADE_DUE,
            DOWNGRADE_TO_FREE,
            DOWNGRADED_TO_FREE);
    assertThat(driver.jobs(READ_JOB)).isEmpty();
    assertThat(processCompleted()).isTrue();
  }

  @Test
  void aDeniedRenewalAlsoTakesTheOverduePath() {
    start();
    read("ACTIVE", MONTH);
    driver.travel(MONTH.plusMinutes(1));
    invoiceRenewal();
    payRenewal("FAILED");

    assertThat(driver.job(MARK_OVERDUE_JOB).getVariablesAsMap())
        .containsEntry(PaymentProcess.PAYMENT_STATE, "FAILED");
  }

  @Test
  void payingWhileRestrictedReadsTheSubscriptionAgainInsteadOfDowngrading() {
    start();
    read("ACTIVE", MONTH);
    driver.travel(MONTH.plusMinutes(1));
    invoiceRenewal();
    payRenewal("FAILED");
    driver.complete(MARK_OVERDUE_JOB, Map.of());
    driver.complete(SEND_REMINDER_JOB, Map.of(REMINDERS_SENT, 1));
    driver.travel(REMINDER_EVERY.plusMinutes(1));
    driver.complete(SEND_REMINDER_JOB, Map.of(REMINDERS_SENT, 2));
    driver.travel(REMINDER_EVERY.plusMinutes(1));
    driver.complete(RESTRICT_FEATURES_JOB, Map.of());

    driver.publish(CHANGED_MESSAGE, TENANT, Map.of());
    read("ACTIVE", MONTH);
    driver.travel(RESTRICTED_FOR.plusMinutes(1));

    assertThat(driver.jobs(DOWNGRADE_TO_FREE_JOB)).isEmpty();
    assertThat(elementsPassed()).contains(RESTRICTED_SETTLED).doesNotContain(DOWNGRADE_DUE);
  }

  @Test
  void payingWhileOverdueStopsTheReminders() {
    start();
    read("ACTIVE", MONTH);
    driver.travel(MONTH.plusMinutes(1));
    invoiceRenewal();
    payRenewal("FAILED");
    driver.complete(MARK_OVERDUE_JOB, Map.of());
    driver.complete(SEND_REMINDER_JOB, Map.of(REMINDERS_SENT, 1));

    driver.publish(CHANGED_MESSAGE, TENANT, Map.of());
    read("ACTIVE", MONTH);
    driver.travel(REMINDER_EVERY.plusMinutes(1));

    assertThat(driver.jobs(SEND_REMINDER_JOB)).isEmpty();
    assertThat(elementsPassed()).contains(OVERDUE_SETTLED);
  }

  @Test
  void aTrialThatEndsUnpaidEndsTheProcessOnFree() {
    start();
    read("TRIAL", Duration.ofDays(14));

    driver.travel(Duration.ofDays(14).plusMinutes(1));
    driver.complete(END_PERIOD_JOB, Map.of(PERIOD_OUTCOME, ENDED));

    assertThat(elementsPassed())
        .containsSubsequence(PERIOD_END_REACHED, END_PERIOD, SUBSCRIPTION_ENDED)
        .doesNotContain(COLLECT_RENEWAL_PAYMENT);
    assertThat(processCompleted()).isTrue();
  }

  @Test
  void aTrialConvertedByAnUpgradeWaitsForTheNewPeriodsEnd() {
    start();
    read("TRIAL", Duration.ofDays(14));

    driver.publish(CHANGED_MESSAGE, TENANT, Map.of());
    read("ACTIVE", MONTH);
    driver.travel(Duration.ofDays(14).plusMinutes(1));

    assertThat(driver.jobs(END_PERIOD_JOB)).isEmpty();
    assertThat(elementsPassed()).contains(SUBSCRIPTION_CHANGED).doesNotContain(PERIOD_END_REACHED);
  }

  @Test
  void aCancellationTakesEffectAtThePeriodsEndWithoutAnInvoice() {
    start();
    read("ACTIVE", MONTH);

    driver.travel(MONTH.plusMinutes(1));
    driver.complete(END_PERIOD_JOB, Map.of(PERIOD_OUTCOME, ENDED));

    assertThat(elementsPassed()).containsSubsequence(END_PERIOD, SUBSCRIPTION_ENDED);
    assertThat(driver.jobs(PaymentProcess.CHARGE_JOB)).isEmpty();
    assertThat(processCompleted()).isTrue();
  }

  @Test
  void aDowngradeToACheaperPaidPlanIsInvoicedAtThePeriodsEnd() {
    start();
    read("ACTIVE", MONTH);

    driver.travel(MONTH.plusMinutes(1));
    invoiceRenewal();

    assertThat(driver.job(PaymentProcess.CHARGE_JOB).getVariablesAsMap())
        .containsEntry(PaymentProcess.ORDER_ID, ORDER);
  }

  @Test
  void aPeriodEndThatMovedMeanwhileIsReadAgain() {
    start();
    read("ACTIVE", MONTH);
    driver.travel(MONTH.plusMinutes(1));

    driver.complete(END_PERIOD_JOB, Map.of(PERIOD_OUTCOME, NOT_DUE));

    assertThat(driver.jobs(READ_JOB)).hasSize(1);
  }

  @Test
  void aTenantOnFreeHasNothingToWaitFor() {
    start();
    driver.complete(READ_JOB, terms("FREE", null));

    assertThat(elementsPassed()).contains(SUBSCRIPTION_ON_FREE);
    assertThat(processCompleted()).isTrue();
  }

  @Test
  void aSecondStartForTheSameTenantWhileOneRunsStartsNoSecondInstance() {
    start();
    read("ACTIVE", MONTH);

    driver.publish(STARTED_MESSAGE, TENANT, Map.of(TENANT_ID, TENANT));

    assertThat(driver.jobs(READ_JOB)).isEmpty();
  }

  private void start() {
    driver.publish(STARTED_MESSAGE, TENANT, Map.of(TENANT_ID, TENANT));
  }

  private void read(String status, Duration periodLeft) {
    ActivatedJob read = driver.job(READ_JOB);
    assertThat(read.getVariablesAsMap()).containsEntry(TENANT_ID, TENANT);
    // the engine's clock (time travel moves it): a job's deadline is activation + the 1 s timeout
    Instant now = Instant.ofEpochMilli(read.getDeadline()).minusSeconds(1);
    driver.complete(read, terms(status, now.plus(periodLeft)));
  }

  private void invoiceRenewal() {
    driver.complete(
        END_PERIOD_JOB,
        Map.of(
            PERIOD_OUTCOME,
            INVOICED,
            PaymentProcess.INVOICE_ID,
            "inv-2",
            PaymentProcess.ORDER_ID,
            ORDER));
  }

  private void payRenewal(String state) {
    ActivatedJob charge = driver.job(PaymentProcess.CHARGE_JOB);
    assertThat(charge.getVariablesAsMap())
        .containsEntry(PaymentProcess.TENANT_ID, TENANT)
        .containsEntry(PaymentProcess.INVOICE_ID, "inv-2")
        .containsEntry(PaymentProcess.PAYMENT_EXPIRY, "PT24H");
    driver.complete(charge, Map.of());
    driver.publish(
        PaymentProcess.NOTIFICATION_MESSAGE, ORDER, Map.of(PaymentProcess.PAYMENT_STATE, state));
  }

  private static Map<String, Object> terms(String status, Instant periodEnd) {
    Map<String, Object> terms = new HashMap<>();
    terms.put(STATUS, status);
    if (periodEnd != null) {
      terms.put(PERIOD_END, periodEnd.toString());
    }
    terms.put(REMINDER_INTERVAL, REMINDER_EVERY.toString());
    terms.put(MAX_REMINDERS, 2);
    terms.put(REMINDERS_SENT, 0);
    terms.put(DOWNGRADE_AFTER, RESTRICTED_FOR.toString());
    terms.put(PaymentProcess.PAYMENT_EXPIRY, PAYMENT_EXPIRY.toString());
    return terms;
  }

  /** Element ids completed, in order, across the subscription and the payments it called. */
  private List<String> elementsPassed() {
    return StreamSupport.stream(records.processInstanceRecords().spliterator(), false)
        .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
        .filter(r -> r.getValue().getBpmnElementType() != BpmnElementType.PROCESS)
        .map(r -> r.getValue().getElementId())
        .toList();
  }

  private boolean processCompleted() {
    return StreamSupport.stream(records.processInstanceRecords().spliterator(), false)
        .anyMatch(
            r ->
                r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                    && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS
                    && r.getValue().getBpmnProcessId().equals(PROCESS.processId()));
  }
}
