package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.onboarding.ApplicationNotices;
import id.nusatrade.compliance.onboarding.ApplicationStatus;
import id.nusatrade.compliance.onboarding.ContactVerification;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.WorkerRegistry;

/**
 * The onboarding workers whose services need the application's database and mail server, so the
 * application builds those and registers them here (see {@code WorkflowStartup}).
 */
public final class OnboardingWorkers {
  private OnboardingWorkers() {}

  public static void register(
      WorkerRegistry registry, ContactVerification verification, ApplicationNotices notices) {
    registry
        .register(
            Onboarding.SEND_VERIFICATION_CODE_JOB, new SendVerificationCodeWorker(verification))
        .register(
            Onboarding.REQUEST_RESUBMISSION_JOB,
            new ApplicationStatusWorker(notices, ApplicationStatus.RESUBMISSION_REQUESTED))
        .register(
            Onboarding.NOTIFY_REJECTION_JOB,
            new ApplicationStatusWorker(notices, ApplicationStatus.REJECTED))
        .register(
            Onboarding.SEND_WELCOME_JOB,
            new ApplicationStatusWorker(notices, ApplicationStatus.ONBOARDED))
        .register(Onboarding.ERASE_PERSONAL_DATA_JOB, new ErasePersonalDataWorker(notices));
  }
}
