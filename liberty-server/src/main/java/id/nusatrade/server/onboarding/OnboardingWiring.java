package id.nusatrade.server.onboarding;

import id.nusatrade.billing.apikey.ApiRateLimiter;
import id.nusatrade.compliance.account.KeycloakAdmin;
import id.nusatrade.compliance.account.KeycloakSetting;
import id.nusatrade.compliance.mail.Mailer;
import id.nusatrade.compliance.mail.SmtpMailer;
import id.nusatrade.compliance.onboarding.ApplicationNotices;
import id.nusatrade.compliance.onboarding.ApplicationStore;
import id.nusatrade.compliance.onboarding.Applications;
import id.nusatrade.compliance.onboarding.ContactVerification;
import id.nusatrade.compliance.onboarding.OnboardingSetting;
import id.nusatrade.compliance.onboarding.PostgresApplications;
import id.nusatrade.compliance.onboarding.TraderAccounts;
import id.nusatrade.compliance.review.PostgresReviewTasks;
import id.nusatrade.compliance.review.ReviewQueue;
import id.nusatrade.compliance.review.ReviewTaskStore;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.server.infrastructure.workflow.WorkflowEngineConnection;
import id.nusatrade.workers.onboarding.ZeebeContactVerifiedSignal;
import id.nusatrade.workers.onboarding.ZeebeOnboardingStarter;
import id.nusatrade.workers.onboarding.ZeebeResubmissionSignal;
import id.nusatrade.workers.review.ZeebeTaskCompleter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Onboarding's and the review queue's services as CDI beans on the application's pool and the
 * server's one Camunda client.
 */
@ApplicationScoped
public class OnboardingWiring {
  @Resource(lookup = "jdbc/nusatrade")
  DataSource app;

  @Inject Config config;
  @Inject Clock clock;
  @Inject WorkflowEngineConnection engine;

  /** A setting's value through MicroProfile Config (environment first), else its default. */
  public String setting(OnboardingSetting setting) {
    return setting.from(name -> config.getOptionalValue(name, String.class).orElse(null));
  }

  @Produces
  @Singleton
  ApplicationStore applicationStore() {
    return new PostgresApplications(app);
  }

  @Produces
  @Singleton
  Applications applications(ApplicationStore store) {
    return new Applications(
        store,
        new ZeebeOnboardingStarter(engine.client()),
        new ZeebeResubmissionSignal(engine.client()),
        new SecureRandom(),
        clock);
  }

  @Produces
  @Singleton
  ReviewTaskStore reviewTasks() {
    return new PostgresReviewTasks(app);
  }

  @Produces
  @Singleton
  ReviewQueue reviewQueue(ReviewTaskStore store, AuditTrail audit) {
    return new ReviewQueue(store, new ZeebeTaskCompleter(engine.client()), audit, clock);
  }

  @Produces
  @Singleton
  Mailer mailer() {
    return SmtpMailer.from(name -> config.getOptionalValue(name, String.class).orElse(null));
  }

  @Produces
  @Singleton
  ContactVerification contactVerification(ApplicationStore store, Mailer mailer) {
    return new ContactVerification(
        store, mailer, new ZeebeContactVerifiedSignal(engine.client()), new SecureRandom(), clock);
  }

  @Produces
  @Singleton
  ApplicationNotices applicationNotices(ApplicationStore store, Mailer mailer) {
    return new ApplicationNotices(store, mailer, clock);
  }

  /**
   * Approved applicants' Keycloak accounts (admin REST API as the realm's provisioning service
   * account, {@code NUSATRADE_KEYCLOAK_*}) and their welcome with a temporary password.
   */
  @Produces
  @Singleton
  TraderAccounts traderAccounts(ApplicationNotices notices) {
    java.util.function.Function<String, String> lookup =
        name -> config.getOptionalValue(name, String.class).orElse(null);
    return new TraderAccounts(
        KeycloakAdmin.from(lookup),
        notices,
        new SecureRandom(),
        KeycloakSetting.LOGIN_URL.from(lookup));
  }

  /** Per client address: public registrations, apart from the API keys' limiter. */
  @Produces
  @Singleton
  RegistrationLimiter registrationLimiter() {
    return new RegistrationLimiter(
        ApiRateLimiter.systemTime(),
        Integer.parseInt(setting(OnboardingSetting.REGISTRATIONS_PER_MINUTE)));
  }
}
