package id.nusatrade.processes.onboarding;

import id.nusatrade.processes.ProcessDefinition;
import java.time.Duration;

/** Names shared by {@code onboarding.bpmn}, its workers, the REST resources and the tests. */
public final class Onboarding {
  public static final ProcessDefinition PROCESS = ProcessDefinition.of("onboarding");

  /** Messages, correlation key = {@link #APPLICATION_ID}. */
  public static final String CONTACT_VERIFIED_MESSAGE = "onboarding.contact-verified";

  public static final String RESUBMITTED_MESSAGE = "onboarding.resubmitted";

  /** Job types. */
  public static final String SEND_VERIFICATION_CODE_JOB =
      "nusatrade.onboarding.send-verification-code";

  public static final String CHECK_IDENTITY_JOB = "nusatrade.onboarding.check-identity";
  public static final String SCREEN_SANCTIONS_JOB = "nusatrade.onboarding.screen-sanctions";
  public static final String SCORE_RISK_JOB = "nusatrade.onboarding.score-risk";
  public static final String ESCALATE_REVIEW_JOB = "nusatrade.onboarding.escalate-review";
  public static final String REQUEST_RESUBMISSION_JOB = "nusatrade.onboarding.request-resubmission";
  public static final String NOTIFY_REJECTION_JOB = "nusatrade.onboarding.notify-rejection";
  public static final String ERASE_PERSONAL_DATA_JOB = "nusatrade.onboarding.erase-personal-data";
  public static final String CREATE_ACCOUNT_JOB = "nusatrade.onboarding.create-account";
  public static final String PROVISION_TENANT_JOB = "nusatrade.onboarding.provision-tenant";
  public static final String SEND_WELCOME_JOB = "nusatrade.onboarding.send-welcome";

  /** BPMN error of the identity check: the data cannot be right (resubmission path). */
  public static final String IDENTITY_INVALID_ERROR = "ONBOARDING_IDENTITY_INVALID";

  /**
   * BPMN error of account creation: the username (or e-mail) is someone else's; the applicant is
   * asked to resubmit with another (the resubmission path, bounded like the others).
   */
  public static final String USERNAME_TAKEN_ERROR = "ONBOARDING_USERNAME_TAKEN";

  /** Timers, as modelled (the process tests travel past them). */
  public static final Duration VERIFICATION_CODE_TTL = Duration.ofMinutes(15);

  public static final Duration REVIEW_SLA = Duration.ofHours(24);
  public static final Duration RESUBMISSION_PATIENCE = Duration.ofDays(14);

  /** How many times an applicant may resubmit before the application is rejected. */
  public static final int MAX_RESUBMISSIONS = 2;

  /** Variables: registration data (in). */
  public static final String APPLICATION_ID = "applicationId";

  public static final String FULL_NAME = "fullName";
  public static final String EMAIL = "email";
  public static final String PHONE = "phone";
  public static final String NIK = "nik";
  public static final String DATE_OF_BIRTH = "dateOfBirth";
  public static final String SEX = "sex";
  public static final String USERNAME = "username";

  /** Variables set along the way. */
  public static final String RESUBMISSIONS = "resubmissions";

  public static final String IDENTITY_FINDINGS = "identityFindings";
  public static final String SCREENING_HITS = "screeningHits";
  public static final String RISK_SCORE = "riskScore";
  public static final String RISK_LEVEL = "riskLevel";
  public static final String RISK_REASONS = "riskReasons";
  public static final String KYC_DECISION = "kycDecision";
  public static final String KYC_DECISION_REASON = "kycDecisionReason";
  public static final String KYC_DECIDED_BY = "kycDecidedBy";
  public static final String USER_ID = "userId";
  public static final String TENANT_ID = "tenantId";

  /** Element ids. */
  public static final String START = "registration_received";

  public static final String SEND_VERIFICATION_CODE = "send_verification_code";
  public static final String AWAIT_CONTACT_VERIFICATION = "await_contact_verification";
  public static final String VERIFICATION_CODE_EXPIRED = "verification_code_expired";
  public static final String CHECK_IDENTITY = "check_identity";
  public static final String IDENTITY_INVALID = "identity_invalid";
  public static final String SCREEN_SANCTIONS = "screen_sanctions";
  public static final String SCORE_RISK = "score_risk";
  public static final String KYC_AUTO_APPROVED = "kyc_auto_approved";
  public static final String REVIEW_KYC_CASE = "review_kyc_case";
  public static final String KYC_REVIEW_SLA_BREACHED = "kyc_review_sla_breached";
  public static final String ESCALATE_KYC_REVIEW = "escalate_kyc_review";
  public static final String KYC_REVIEW_ESCALATED = "kyc_review_escalated";
  public static final String REQUEST_RESUBMISSION = "request_resubmission";
  public static final String AWAIT_RESUBMISSION = "await_resubmission";
  public static final String RESUBMISSION_ABANDONED = "resubmission_abandoned";
  public static final String NOTIFY_REJECTION = "notify_rejection";
  public static final String APPLICATION_REJECTED = "application_rejected";
  public static final String ERASE_PERSONAL_DATA = "erase_personal_data";
  public static final String APPLICATION_ABANDONED = "application_abandoned";
  public static final String CREATE_ACCOUNT = "create_account";
  public static final String USERNAME_TAKEN = "username_taken";
  public static final String PROVISION_TENANT = "provision_tenant";
  public static final String SEND_WELCOME = "send_welcome";
  public static final String TRADER_ONBOARDED = "trader_onboarded";

  /** Officer outcomes of {@link #REVIEW_KYC_CASE}. */
  public static final String APPROVE = "APPROVE";

  public static final String REJECT = "REJECT";
  public static final String RESUBMIT = "RESUBMIT";

  /** Risk level for which the rules approve without an officer. */
  public static final String LOW_RISK = "LOW";

  private Onboarding() {}
}
