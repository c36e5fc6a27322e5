package id.nusatrade.processes.compliance;

import static id.nusatrade.processes.compliance.ComplianceReview.*;
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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path of {@code compliance-review} on the in-process engine. */
@ZeebeProcessTest
class ComplianceReviewProcessTest {
  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessDriver driver;

  @BeforeEach
  void deploy() {
    driver = new ProcessDriver(engine, client).deployCatalog();
  }

  @Test
  void anAlertTriageFindsHarmlessIsClosedWithoutAnInvestigation() {
    InspectedProcessInstance instance = raise(false, "PT4H");

    ActivatedJob record = driver.job(RECORD_OUTCOME_JOB);
    assertThat(record.getVariablesAsMap())
        .containsEntry(REVIEW_OUTCOME, CLOSE)
        .containsEntry(REVIEWED_BY, "triage")
        .containsEntry(REVIEW_REASON, "difference below tolerance");
    driver.complete(record, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(TRIAGE_ALERT, CLOSED_BY_TRIAGE, RECORD_OUTCOME, REVIEW_CLOSED)
        .hasNotPassedElement(INVESTIGATE_ALERT)
        .isCompleted();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "CLOSE, record_review_outcome, ",
    "WARN, warn_user, nusatrade.compliance.warn-user",
    "RESTRICT, restrict_account, nusatrade.compliance.restrict-account",
    "REPORT, prepare_regulatory_report, nusatrade.compliance.prepare-report"
  })
  void theInvestigationsOutcomeChoosesTheAction(String outcome, String action, String actionJob) {
    InspectedProcessInstance instance = raise(true, "PT4H");

    ActivatedJob task = driver.job(HumanTask.JOB_TYPE);
    assertThat(task.getElementId()).isEqualTo(INVESTIGATE_ALERT);
    driver.complete(
        task,
        Map.of(
            HumanTask.OUTCOME, outcome,
            HumanTask.REASON, "evidence reviewed",
            HumanTask.DECIDED_BY, "officer-ana"));
    if (actionJob != null) {
      driver.complete(actionJob, Map.of());
    }
    ActivatedJob record = driver.job(RECORD_OUTCOME_JOB);
    assertThat(record.getVariablesAsMap())
        .containsEntry(REVIEW_OUTCOME, outcome)
        .containsEntry(REVIEWED_BY, "officer-ana");
    driver.complete(record, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(INVESTIGATE_ALERT, action, REVIEW_CLOSED)
        .isCompleted();
    for (String other : new String[] {WARN_USER, RESTRICT_ACCOUNT, PREPARE_REPORT}) {
      if (!other.equals(action)) {
        assertThat(instance).hasNotPassedElement(other);
      }
    }
  }

  @Test
  void anOverdueInvestigationEscalatesAtTheSlaTriageSetAndStaysOpen() {
    InspectedProcessInstance instance = raise(true, "PT2H");
    ActivatedJob task = driver.job(HumanTask.JOB_TYPE);

    driver.travel(Duration.ofMinutes(119));
    assertThat(driver.jobs(ESCALATE_JOB)).isEmpty();
    driver.travel(Duration.ofMinutes(2));
    driver.complete(ESCALATE_JOB, Map.of());
    assertThat(instance)
        .hasPassedElementsInOrder(
            INVESTIGATION_OVERDUE, ESCALATE_INVESTIGATION, INVESTIGATION_ESCALATED)
        .isWaitingAtElements(INVESTIGATE_ALERT);

    driver.complete(
        task,
        Map.of(
            HumanTask.OUTCOME, CLOSE,
            HumanTask.REASON, "explained by a late fill",
            HumanTask.DECIDED_BY, "officer-budi"));
    driver.complete(RECORD_OUTCOME_JOB, Map.of());
    assertThat(instance).isCompleted();
  }

  private InspectedProcessInstance raise(boolean needsInvestigation, String sla) {
    driver.publish(
        ALERT_RAISED_MESSAGE,
        "alert-9",
        Map.of(ALERT_ID, "alert-9", ALERT_KIND, "RECONCILIATION_DIFFERENCE", SEVERITY, "HIGH"));
    ActivatedJob triage = driver.job(TRIAGE_JOB);
    driver.complete(
        triage,
        Map.of(
            NEEDS_INVESTIGATION,
            needsInvestigation,
            PRIORITY,
            "HIGH",
            INVESTIGATION_SLA,
            sla,
            TRIAGE_REASON,
            "difference below tolerance"));
    return new InspectedProcessInstance(triage.getProcessInstanceKey());
  }
}
