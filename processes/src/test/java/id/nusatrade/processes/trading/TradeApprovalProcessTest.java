package id.nusatrade.processes.trading;

import static id.nusatrade.processes.trading.TradeApproval.*;
import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.processes.ProcessDriver;
import id.nusatrade.processes.review.HumanTask;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of {@code trade-approval} on the in-process engine. */
@ZeebeProcessTest
class TradeApprovalProcessTest {
  private static final String ORDER = "ord-42";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessDriver driver;

  @BeforeEach
  void deploy() {
    driver = new ProcessDriver(engine, client).deployCatalog();
  }

  @Test
  void anOrderWithinTheAutomaticLimitIsApprovedByTheRulesAndTheResultPublished() {
    InspectedProcessInstance instance = request(APPROVE, 1);

    ActivatedJob publish = driver.job(PUBLISH_RESULT_JOB);
    assertThat(publish.getVariablesAsMap())
        .containsEntry(APPROVAL_OUTCOME, "APPROVED")
        .containsEntry(DECIDED_BY, "rules")
        .containsEntry(ORDER_ID, ORDER);
    driver.complete(publish, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(
            START, DECIDE_AUTOMATICALLY, AUTO_APPROVED, PUBLISH_RESULT, RESULT_PUBLISHED)
        .hasNotPassedElement(REVIEW_TRADE)
        .isCompleted();
  }

  @Test
  void anOrderTheRulesRefuseIsRejectedWithoutAnOfficer() {
    InspectedProcessInstance instance = request(REJECT, 1);

    assertThat(publishResult()).containsEntry(APPROVAL_OUTCOME, "REJECTED");

    assertThat(instance)
        .hasPassedElement(AUTO_REJECTED)
        .hasNotPassedElement(REVIEW_TRADE)
        .isCompleted();
  }

  @Test
  void oneOfficersApprovalSufficesBelowTheFourEyesThreshold() {
    InspectedProcessInstance instance = request(REVIEW, 1);

    ActivatedJob review = driver.job(HumanTask.JOB_TYPE);
    assertThat(review.getElementId()).isEqualTo(REVIEW_TRADE);
    assertThat(review.getCustomHeaders()).containsEntry(HumanTask.REVIEW_KIND_HEADER, "trade");
    driver.complete(review, decision("APPROVE", "within client mandate", "officer-ana"));

    assertThat(publishResult())
        .containsEntry(APPROVAL_OUTCOME, "APPROVED")
        .containsEntry(DECIDED_BY, "officer-ana")
        .containsEntry(FIRST_REASON, "within client mandate");
    assertThat(instance)
        .hasPassedElementsInOrder(REVIEW_TRADE, APPROVED_BY_OFFICER, RESULT_PUBLISHED)
        .hasNotPassedElement(SECOND_REVIEW_TRADE)
        .isCompleted();
  }

  @Test
  void anOfficersRejectionEndsWithoutASecondReviewEvenAboveTheFourEyesThreshold() {
    InspectedProcessInstance instance = request(REVIEW, 2);

    driver.complete(
        driver.job(HumanTask.JOB_TYPE), decision("REJECT", "size exceeds margin", "officer-ana"));

    assertThat(publishResult())
        .containsEntry(APPROVAL_OUTCOME, "REJECTED")
        .containsEntry(DECIDED_BY, "officer-ana");
    assertThat(instance)
        .hasPassedElement(REJECTED_BY_OFFICER)
        .hasNotPassedElement(SECOND_REVIEW_TRADE)
        .isCompleted();
  }

  @Test
  void aboveTheFourEyesThresholdASecondOfficerMustAlsoApprove() {
    InspectedProcessInstance instance = request(REVIEW, 2);

    driver.complete(driver.job(HumanTask.JOB_TYPE), decision("APPROVE", "ok", "officer-ana"));
    ActivatedJob second = driver.job(HumanTask.JOB_TYPE);
    assertThat(second.getElementId()).isEqualTo(SECOND_REVIEW_TRADE);
    assertThat(second.getVariablesAsMap()).containsEntry(FIRST_APPROVER, "officer-ana");
    assertThat(driver.jobs(PUBLISH_RESULT_JOB)).isEmpty();
    driver.complete(second, decision("APPROVE", "agree", "officer-budi"));

    assertThat(publishResult())
        .containsEntry(APPROVAL_OUTCOME, "APPROVED")
        .containsEntry(DECIDED_BY, "officer-budi")
        .containsEntry(SECOND_APPROVER, "officer-budi");
    assertThat(instance)
        .hasPassedElementsInOrder(REVIEW_TRADE, SECOND_REVIEW_TRADE, APPROVED_BY_OFFICER)
        .isCompleted();
  }

  @Test
  void theSecondOfficerCanRejectWhatTheFirstApproved() {
    InspectedProcessInstance instance = request(REVIEW, 2);

    driver.complete(driver.job(HumanTask.JOB_TYPE), decision("APPROVE", "ok", "officer-ana"));
    driver.complete(
        driver.job(HumanTask.JOB_TYPE), decision("REJECT", "concentration risk", "officer-budi"));

    assertThat(publishResult())
        .containsEntry(APPROVAL_OUTCOME, "REJECTED")
        .containsEntry(DECIDED_BY, "officer-budi");
    assertThat(instance)
        .hasPassedElementsInOrder(SECOND_REVIEW_TRADE, REJECTED_BY_OFFICER)
        .isCompleted();
  }

  @Test
  void anUnansweredReviewExpiresTheOrderAfterItsSla() {
    InspectedProcessInstance instance = request(REVIEW, 1);
    driver.job(HumanTask.JOB_TYPE);

    driver.travel(REVIEW_SLA.minusSeconds(30));
    assertThat(driver.jobs(PUBLISH_RESULT_JOB)).isEmpty();
    driver.travel(Duration.ofMinutes(1));

    assertThat(publishResult()).containsEntry(APPROVAL_OUTCOME, "EXPIRED");
    assertThat(driver.jobs(HumanTask.JOB_TYPE)).isEmpty();
    assertThat(instance)
        .hasPassedElementsInOrder(REVIEW_EXPIRED, ORDER_EXPIRED, RESULT_PUBLISHED)
        .hasNotPassedElement(REVIEW_TRADE)
        .isCompleted();
  }

  @Test
  void anUnansweredSecondReviewAlsoExpiresTheOrder() {
    InspectedProcessInstance instance = request(REVIEW, 2);
    driver.complete(driver.job(HumanTask.JOB_TYPE), decision("APPROVE", "ok", "officer-ana"));

    driver.travel(REVIEW_SLA.plusSeconds(30));
    driver.complete(PUBLISH_RESULT_JOB, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(REVIEW_TRADE, SECOND_REVIEW_EXPIRED, ORDER_EXPIRED)
        .isCompleted()
        .hasVariableWithValue(APPROVAL_OUTCOME, "EXPIRED");
  }

  /** Completes the publish job as its worker would; returns the variables it saw. */
  private Map<String, Object> publishResult() {
    ActivatedJob publish = driver.job(PUBLISH_RESULT_JOB);
    driver.complete(publish, Map.of());
    return publish.getVariablesAsMap();
  }

  /**
   * Publishes the NEEDS_APPROVAL message and answers the automatic decision as the worker would.
   */
  private InspectedProcessInstance request(String autoDecision, int requiredApprovals) {
    driver.publish(
        REQUESTED_MESSAGE,
        ORDER,
        Map.of(
            ORDER_ID, ORDER,
            TENANT_ID, "tenant-1",
            SYMBOL, "EURUSD",
            NOTIONAL_IDR, "250000000.00",
            FIRST_LIVE_TRADE, false));
    ActivatedJob decide = driver.job(DECIDE_AUTOMATICALLY_JOB);
    driver.complete(
        decide,
        Map.of(
            AUTO_DECISION, autoDecision,
            REQUIRED_APPROVALS, requiredApprovals,
            DECISION_REASONS, List.of("test")));
    return new InspectedProcessInstance(decide.getProcessInstanceKey());
  }

  private static Map<String, Object> decision(String outcome, String reason, String officer) {
    return Map.of(
        HumanTask.OUTCOME, outcome, HumanTask.REASON, reason, HumanTask.DECIDED_BY, officer);
  }
}
