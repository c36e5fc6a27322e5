package id.nusatrade.processes.onboarding;

import static id.nusatrade.processes.onboarding.Onboarding.*;
import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.processes.ProcessDriver;
import id.nusatrade.processes.review.HumanTask;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of {@code onboarding} on the in-process engine: the test plays the workers (completes
 * jobs with what they would return), the applicant (messages) and the officer (the user-task job).
 */
@ZeebeProcessTest
class OnboardingProcessTest {
  private static final String APPLICATION = "app-7";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessDriver driver;

  @BeforeEach
  void deploy() {
    driver = new ProcessDriver(engine, client).deployCatalog();
  }

  @Test
  void aLowRiskApplicantIsApprovedByTheRulesAndOnboardedWithoutAnOfficer() {
    ProcessInstanceEvent instance = registerAndVerifyContact();
    passKycChecks("LOW");
    finishAccountCreation();

    assertThat(instance)
        .hasPassedElementsInOrder(
            SEND_VERIFICATION_CODE,
            AWAIT_CONTACT_VERIFICATION,
            CHECK_IDENTITY,
            SCREEN_SANCTIONS,
            SCORE_RISK,
            KYC_AUTO_APPROVED,
            CREATE_ACCOUNT,
            PROVISION_TENANT,
            SEND_WELCOME,
            TRADER_ONBOARDED)
        .hasNotPassedElement(REVIEW_KYC_CASE)
        .isCompleted()
        .hasVariableWithValue(KYC_DECISION, APPROVE)
        .hasVariableWithValue(KYC_DECIDED_BY, "rules");
  }

  @Test
  void aMediumRiskCaseWaitsForAnOfficerWhoseApprovalOnboardsTheTrader() {
    ProcessInstanceEvent instance = registerAndVerifyContact();
    passKycChecks("MEDIUM");

    ActivatedJob review = driver.job(HumanTask.JOB_TYPE);
    assertThat(review.getElementId()).isEqualTo(REVIEW_KYC_CASE);
    assertThat(review.getCustomHeaders())
        .containsEntry(HumanTask.REVIEW_KIND_HEADER, "kyc")
        .hasEntrySatisfying(
            HumanTask.CANDIDATE_GROUPS_HEADER,
            v -> assertThat(v).contains(HumanTask.OFFICER_GROUP));
    assertThat(review.getVariablesAsMap())
        .containsKey(HumanTask.SLA_DEADLINE)
        .containsEntry(RISK_LEVEL, "MEDIUM");
    assertThat(instance).isWaitingAtElements(REVIEW_KYC_CASE);

    driver.complete(review, decision(APPROVE, "documents consistent", "officer-ana"));
    finishAccountCreation();

    assertThat(instance)
        .hasPassedElementsInOrder(REVIEW_KYC_CASE, CREATE_ACCOUNT, TRADER_ONBOARDED)
        .hasNotPassedElement(KYC_AUTO_APPROVED)
        .isCompleted()
        .hasVariableWithValue(KYC_DECIDED_BY, "officer-ana")
        .hasVariableWithValue(KYC_DECISION_REASON, "documents consistent");
  }

  @Test
  void anOfficersRejectionNotifiesTheApplicantAndEndsRejected() {
    ProcessInstanceEvent instance = registerAndVerifyContact();
    passKycChecks("HIGH");

    driver.complete(
        driver.job(HumanTask.JOB_TYPE), decision(REJECT, "sanctions list match", "officer-ana"));
    driver.complete(NOTIFY_REJECTION_JOB, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(REVIEW_KYC_CASE, NOTIFY_REJECTION, APPLICATION_REJECTED)
        .hasNotPassedElement(CREATE_ACCOUNT)
        .hasNotPassedElement(REQUEST_RESUBMISSION)
        .isCompleted();
  }

  @Test
  void anOfficerCanAskForResubmissionAndTheResubmittedDataIsCheckedAgain() {
    ProcessInstanceEvent instance = registerAndVerifyContact();
    passKycChecks("MEDIUM");
    driver.complete(
        driver.job(HumanTask.JOB_TYPE), decision(RESUBMIT, "photo unreadable", "officer-ana"));

    ActivatedJob request = driver.job(REQUEST_RESUBMISSION_JOB);
    assertThat(request.getVariablesAsMap()).containsEntry(RESUBMISSIONS, 0);
    driver.complete(request, Map.of(RESUBMISSIONS, 1));
    assertThat(instance).isWaitingAtElements(AWAIT_RESUBMISSION);

    driver.publish(RESUBMITTED_MESSAGE, APPLICATION, Map.of(FULL_NAME, "Siti Rahayu"));
    ActivatedJob check = driver.job(CHECK_IDENTITY_JOB);
    assertThat(check.getVariablesAsMap()).containsEntry(FULL_NAME, "Siti Rahayu");
    driver.complete(check, Map.of(IDENTITY_FINDINGS, List.of()));
    driver.complete(SCREEN_SANCTIONS_JOB, Map.of(SCREENING_HITS, List.of()));
    driver.complete(SCORE_RISK_JOB, Map.of(RISK_LEVEL, "LOW", RISK_SCORE, 10));
    finishAccountCreation();

    assertThat(instance)
        .hasPassedElementsInOrder(
            CHECK_IDENTITY,
            REVIEW_KYC_CASE,
            REQUEST_RESUBMISSION,
            AWAIT_RESUBMISSION,
            CHECK_IDENTITY)
        .hasPassedElement(KYC_AUTO_APPROVED)
        .isCompleted();
  }

  @Test
  void anInvalidIdentityTakesTheErrorPathToResubmission() {
    ProcessInstanceEvent instance = registerAndVerifyContact();

    driver.throwError(CHECK_IDENTITY_JOB, IDENTITY_INVALID_ERROR, "NIK birth date differs");

    assertThat(driver.job(REQUEST_RESUBMISSION_JOB).getVariablesAsMap())
        .containsEntry(RESUBMISSIONS, 0);
    assertThat(instance)
        .hasPassedElement(IDENTITY_INVALID)
        .hasNotPassedElement(SCREEN_SANCTIONS)
        .isActive();
  }

  @Test
  void resubmissionIsBoundedAndTheThirdInvalidIdentityRejects() {
    ProcessInstanceEvent instance = registerAndVerifyContact();
    for (int resubmission = 1; resubmission <= MAX_RESUBMISSIONS; resubmission++) {
      driver.throwError(CHECK_IDENTITY_JOB, IDENTITY_INVALID_ERROR, "NIK birth date differs");
      driver.complete(REQUEST_RESUBMISSION_JOB, Map.of(RESUBMISSIONS, resubmission));
      driver.publish(RESUBMITTED_MESSAGE, APPLICATION, Map.of());
    }

    driver.throwError(CHECK_IDENTITY_JOB, IDENTITY_INVALID_ERROR, "NIK birth date differs");
    driver.complete(NOTIFY_REJECTION_JOB, Map.of());

    assertThat(driver.jobs(REQUEST_RESUBMISSION_JOB)).isEmpty();
    assertThat(instance)
        .hasPassedElement(NOTIFY_REJECTION)
        .hasPassedElement(APPLICATION_REJECTED)
        .isCompleted()
        .hasVariableWithValue(RESUBMISSIONS, MAX_RESUBMISSIONS);
  }

  @Test
  void aTakenUsernameAsksTheApplicantToResubmitWithAnotherAndTheNewOneIsProvisioned() {
    ProcessInstanceEvent instance = registerAndVerifyContact();
    passKycChecks("LOW");

    driver.throwError(CREATE_ACCOUNT_JOB, USERNAME_TAKEN_ERROR, "username siti is already taken");

    ActivatedJob request = driver.job(REQUEST_RESUBMISSION_JOB);
    assertThat(request.getVariablesAsMap())
        .containsEntry(RESUBMISSIONS, 0)
        .hasEntrySatisfying(
            KYC_DECISION_REASON, reason -> assertThat((String) reason).contains("username"));
    assertThat(driver.jobs(PROVISION_TENANT_JOB)).isEmpty();
    driver.complete(request, Map.of(RESUBMISSIONS, 1));
    driver.publish(RESUBMITTED_MESSAGE, APPLICATION, Map.of(USERNAME, "siti.rahayu"));
    passKycChecks("LOW");

    ActivatedJob create = driver.job(CREATE_ACCOUNT_JOB);
    assertThat(create.getVariablesAsMap()).containsEntry(USERNAME, "siti.rahayu");
    driver.complete(create, Map.of(USER_ID, "kc-user-2"));
    driver.complete(PROVISION_TENANT_JOB, Map.of(TENANT_ID, "tenant-2"));
    driver.complete(SEND_WELCOME_JOB, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(
            CHECK_IDENTITY,
            USERNAME_TAKEN,
            REQUEST_RESUBMISSION,
            AWAIT_RESUBMISSION,
            CHECK_IDENTITY,
            CREATE_ACCOUNT,
            PROVISION_TENANT,
            SEND_WELCOME,
            TRADER_ONBOARDED)
        .isCompleted()
        .hasVariableWithValue(USER_ID, "kc-user-2");
  }

  @Test
  void aUsernameTakenAfterTheLastResubmissionRejectsTheApplication() {
    ProcessInstanceEvent instance = registerAndVerifyContact();
    passKycChecks("LOW");
    driver.throwError(CREATE_ACCOUNT_JOB, USERNAME_TAKEN_ERROR, "taken");
    for (int resubmission = 1; resubmission <= MAX_RESUBMISSIONS; resubmission++) {
      driver.complete(REQUEST_RESUBMISSION_JOB, Map.of(RESUBMISSIONS, resubmission));
      driver.publish(RESUBMITTED_MESSAGE, APPLICATION, Map.of());
      passKycChecks("LOW");
      driver.throwError(CREATE_ACCOUNT_JOB, USERNAME_TAKEN_ERROR, "taken");
    }

    ActivatedJob rejection = driver.job(NOTIFY_REJECTION_JOB);
    assertThat((String) rejection.getVariablesAsMap().get(KYC_DECISION_REASON))
        .contains("username");
    driver.complete(rejection, Map.of());

    assertThat(instance)
        .hasPassedElement(APPLICATION_REJECTED)
        .hasNotPassedElement(PROVISION_TENANT)
        .isCompleted();
  }

  @Test
  void anUnverifiedContactExpiresAfterFifteenMinutesAndThePersonalDataIsErased() {
    ProcessInstanceEvent instance = driver.start(PROCESS, registration());
    driver.complete(SEND_VERIFICATION_CODE_JOB, Map.of());

    driver.travel(VERIFICATION_CODE_TTL.minusMinutes(1));
    assertThat(instance).isWaitingAtElements(AWAIT_CONTACT_VERIFICATION);
    driver.travel(Duration.ofMinutes(2));
    driver.complete(ERASE_PERSONAL_DATA_JOB, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(
            VERIFICATION_CODE_EXPIRED, ERASE_PERSONAL_DATA, APPLICATION_ABANDONED)
        .hasNotPassedElement(CHECK_IDENTITY)
        .isCompleted();
  }

  @Test
  void anApplicantWhoNeverResubmitsIsAbandonedAfterFourteenDaysAndErased() {
    ProcessInstanceEvent instance = registerAndVerifyContact();
    driver.throwError(CHECK_IDENTITY_JOB, IDENTITY_INVALID_ERROR, "NIK sex digit impossible");
    driver.complete(REQUEST_RESUBMISSION_JOB, Map.of(RESUBMISSIONS, 1));

    driver.travel(RESUBMISSION_PATIENCE.plusMinutes(1));
    driver.complete(ERASE_PERSONAL_DATA_JOB, Map.of());

    assertThat(instance)
        .hasPassedElementsInOrder(
            REQUEST_RESUBMISSION,
            RESUBMISSION_ABANDONED,
            ERASE_PERSONAL_DATA,
            APPLICATION_ABANDONED)
        .hasNotPassedElement(AWAIT_RESUBMISSION)
        .isCompleted();
  }

  @Test
  void aReviewPastItsSlaIsEscalatedWhileTheTaskStaysOpenForTheOfficer() {
    ProcessInstanceEvent instance = registerAndVerifyContact();
    passKycChecks("MEDIUM");
    ActivatedJob review = driver.job(HumanTask.JOB_TYPE);

    driver.travel(REVIEW_SLA.minusMinutes(1));
    assertThat(driver.jobs(ESCALATE_REVIEW_JOB)).isEmpty();
    driver.travel(Duration.ofMinutes(2));
    driver.complete(ESCALATE_REVIEW_JOB, Map.of());

    assertThat(instance)
        .hasPassedElement(KYC_REVIEW_SLA_BREACHED)
        .hasPassedElement(KYC_REVIEW_ESCALATED)
        .isWaitingAtElements(REVIEW_KYC_CASE);

    driver.complete(review, decision(APPROVE, "late but fine", "officer-budi"));
    finishAccountCreation();
    assertThat(instance).hasPassedElement(TRADER_ONBOARDED).isCompleted();
  }

  private ProcessInstanceEvent registerAndVerifyContact() {
    ProcessInstanceEvent instance = driver.start(PROCESS, registration());
    driver.complete(SEND_VERIFICATION_CODE_JOB, Map.of());
    assertThat(instance).isWaitingAtElements(AWAIT_CONTACT_VERIFICATION);
    driver.publish(CONTACT_VERIFIED_MESSAGE, APPLICATION, Map.of());
    return instance;
  }

  private void passKycChecks(String riskLevel) {
    driver.complete(CHECK_IDENTITY_JOB, Map.of(IDENTITY_FINDINGS, List.of()));
    driver.complete(SCREEN_SANCTIONS_JOB, Map.of(SCREENING_HITS, List.of()));
    driver.complete(SCORE_RISK_JOB, Map.of(RISK_LEVEL, riskLevel, RISK_SCORE, 40));
  }

  private void finishAccountCreation() {
    driver.complete(CREATE_ACCOUNT_JOB, Map.of(USER_ID, "kc-user-1"));
    driver.complete(PROVISION_TENANT_JOB, Map.of(TENANT_ID, "tenant-1"));
    driver.complete(SEND_WELCOME_JOB, Map.of());
  }

  private static Map<String, Object> registration() {
    return Map.of(
        APPLICATION_ID, APPLICATION,
        FULL_NAME, "Siti Rahayu",
        EMAIL, "siti@example.id",
        NIK, "3174054107900003",
        DATE_OF_BIRTH, "1990-07-01",
        USERNAME, "siti",
        RESUBMISSIONS, 0);
  }

  private static Map<String, Object> decision(String outcome, String reason, String officer) {
    return Map.of(
        HumanTask.OUTCOME, outcome, HumanTask.REASON, reason, HumanTask.DECIDED_BY, officer);
  }
}
