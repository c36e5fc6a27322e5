package id.nusatrade.workers.onboarding;

import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.compliance.onboarding.ApplicationNotices;
import id.nusatrade.compliance.onboarding.ApplicationStatus;
import id.nusatrade.compliance.onboarding.ContactVerification;
import id.nusatrade.compliance.onboarding.TraderAccounts;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.WorkerRegistry;

/**
 * The onboarding workers whose services need the application's database, mail server, Keycloak and
 * billing, so the application builds those and registers them here (see {@code WorkflowStartup}).
 */
public final class OnboardingWorkers {
  private OnboardingWorkers() {}

  public static void register(
      WorkerRegistry registry,
      ContactVerification verification,
      ApplicationNotices notices,
      TraderAccounts accounts,
      SubscriptionService subscriptions) {
    registry
        .register(
            Onboarding.SEND_VERIFICATION_CODE_JOB, new SendVerificationCodeWorker(verification))
        .register(
            Onboarding.REQUEST_RESUBMISSION_JOB,
            new ApplicationStatusWorker(notices, ApplicationStatus.RESUBMISSION_REQUESTED))
        .register(
            Onboarding.NOTIFY_REJECTION_JOB,
            new ApplicationStatusWorker(notices, ApplicationStatus.REJECTED))
        .register(Onboarding.CREATE_ACCOUNT_JOB, new CreateAccountWorker(accounts))
        .register(Onboarding.PROVISION_TENANT_JOB, new ProvisionTenantWorker(subscriptions))
        .register(Onboarding.SEND_WELCOME_JOB, new SendWelcomeWorker(accounts))
        .register(Onboarding.ERASE_PERSONAL_DATA_JOB, new ErasePersonalDataWorker(notices));
  }
}
