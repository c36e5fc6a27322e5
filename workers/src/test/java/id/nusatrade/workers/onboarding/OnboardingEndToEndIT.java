package id.nusatrade.workers.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.store.jdbc.BillingSchema;
import id.nusatrade.billing.store.jdbc.PostgresBillingStore;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.support.FakeGateway;
import id.nusatrade.compliance.account.KeycloakAdmin;
import id.nusatrade.compliance.account.KeycloakSetting;
import id.nusatrade.compliance.mail.Mailer;
import id.nusatrade.compliance.mail.SmtpMailer;
import id.nusatrade.compliance.onboarding.Application;
import id.nusatrade.compliance.onboarding.ApplicationNotices;
import id.nusatrade.compliance.onboarding.ApplicationStatus;
import id.nusatrade.compliance.onboarding.Applications;
import id.nusatrade.compliance.onboarding.ContactVerification;
import id.nusatrade.compliance.onboarding.OnboardingSchema;
import id.nusatrade.compliance.onboarding.PostgresApplications;
import id.nusatrade.compliance.onboarding.Registration;
import id.nusatrade.compliance.onboarding.TraderAccounts;
import id.nusatrade.compliance.review.PostgresReviewTasks;
import id.nusatrade.compliance.review.ReviewKind;
import id.nusatrade.compliance.review.ReviewQueue;
import id.nusatrade.compliance.review.ReviewSchema;
import id.nusatrade.compliance.review.ReviewTask;
import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.audit.AuditTrail;
import id.nusatrade.domain.audit.ChainVerification;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.launcher.component.KeycloakServer;
import id.nusatrade.launcher.component.MailServer;
import id.nusatrade.launcher.component.ZeebeBroker;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.workers.RecordingPublisher;
import id.nusatrade.workers.RunningWorkflows;
import id.nusatrade.workers.WorkflowClients;
import id.nusatrade.workers.WorkflowStartup;
import id.nusatrade.workers.review.ReviewTaskFeeder;
import id.nusatrade.workers.review.ZeebeTaskCompleter;
import io.camunda.client.CamundaClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Onboarding end to end on the platform's real components, as the launcher starts them: the Zeebe
 * 8.6 broker running {@code onboarding.bpmn} with the real workers, PostgreSQL (the server's tenant
 * migrations, billing's and compliance's schemas, row-level security, the app role), GreenMail for
 * the mail and Keycloak with the shipped realm. A new applicant registers, reads the verification
 * code from the mail server, a compliance officer approves the KYC case in the review queue (a
 * minor is medium risk: no automatic approval), and the new trader logs in through Keycloak's login
 * page with the mailed temporary password and gets a token with the trader role and the new Free
 * tenant. The services are those the server wires ({@code OnboardingWiring}, {@code
 * WorkflowBootstrap}); HTTP is left out (the REST resources are thin and TradingApiIT covers them).
 * Prints registration → first token.
 */
class OnboardingEndToEndIT {
  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final String APP_ROLE = "nusatrade_app";
  private static final String OWNER_ROLE = "nusatrade_owner";
  private static final Path SERVER_SQL =
      Path.of("..", "liberty-server", "src", "main", "resources", "db", "migration");

  @TempDir static Path state;
  private static LauncherConfig config;
  private static EmbeddedPostgres postgres;
  private static MailServer mail;
  private static KeycloakServer keycloak;
  private static ZeebeBroker broker;
  private static CamundaClient client;
  private static RunningWorkflows workflows;
  private static ReviewTaskFeeder feeder;

  @BeforeAll
  static void start() throws Exception {
    config = LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    schema();
    mail = new MailServer(config);
    mail.start();
    keycloak = new KeycloakServer(config);
    keycloak.start();
    broker = new ZeebeBroker(config);
    broker.start();
    client =
        WorkflowClients.grpc(URI.create(broker.grpcAddress()), URI.create(broker.restAddress()));
  }

  @AfterAll
  static void stop() throws Exception {
    try (AutoCloseable pg = postgres;
        AutoCloseable m = mail;
        AutoCloseable kc = keycloak;
        AutoCloseable zb = broker;
        AutoCloseable c = client;
        AutoCloseable w = workflows;
        AutoCloseable f = feeder) {
      // closed in reverse order
    }
  }

  @Test
  void aNewUserRegistersVerifiesTheCodeIsApprovedByAnOfficerAndLogsInAsATrader() throws Exception {
    Clock clock = Clock.systemUTC();
    DataSource app = as(APP_ROLE);
    Map<String, String> settings =
        Map.of(
            "NUSATRADE_SMTP_PORT",
            config.get(Setting.SMTP_PORT),
            KeycloakSetting.URL.envName(),
            keycloak.baseUrl());
    Mailer mailer = SmtpMailer.from(settings::get);
    PostgresApplications store = new PostgresApplications(app);
    Applications applications =
        new Applications(
            store,
            new ZeebeOnboardingStarter(client),
            new ZeebeResubmissionSignal(client),
            new SecureRandom(),
            clock);
    ContactVerification verification =
        new ContactVerification(
            store, mailer, new ZeebeContactVerifiedSignal(client), new SecureRandom(), clock);
    ApplicationNotices notices = new ApplicationNotices(store, mailer, clock);
    TraderAccounts accounts =
        new TraderAccounts(
            KeycloakAdmin.from(settings::get), notices, new SecureRandom(), "http://127.0.0.1/");
    SubscriptionService subscriptions =
        new SubscriptionService(
            Catalog.standard(),
            new PostgresBillingStore(app),
            new FakeGateway(),
            TaxRate.PPN_DEFAULT,
            clock);
    workflows =
        WorkflowStartup.start(
            client,
            clock,
            new RecordingPublisher(),
            PATIENCE,
            registry ->
                OnboardingWorkers.register(
                    registry, verification, notices, accounts, subscriptions));
    PostgresReviewTasks tasks = new PostgresReviewTasks(app);
    feeder = ReviewTaskFeeder.open(client, tasks, clock);
    List<AuditEvent> audited = new ArrayList<>();
    ReviewQueue queue =
        new ReviewQueue(tasks, new ZeebeTaskCompleter(client), audit(audited), clock);

    // 18 years old on 3 December 2026 (born 15 January 2008): a minor under civil law, +30 risk
    long registered = System.nanoTime();
    Application application =
        applications.register(
            new Registration(
                "Rina Kusuma",
                "rina@example.id",
                "+628123450000",
                "3174051501080001",
                "2008-01-15",
                "rina.kusuma"),
            "127.0.0.1");

    String code = find(awaitMail(1, "rina@example.id"), "\\b(\\d{6})\\b");
    verification.verify(application.id(), code);

    ReviewTask kyc = awaitTask(queue);
    assertThat(kyc.kind()).isEqualTo(ReviewKind.KYC);
    assertThat(kyc.slaDeadline()).isAfter(clock.instant().plus(Duration.ofHours(23)));
    queue.claim(kyc.key(), "officer-a");
    queue.decide(kyc.key(), "officer-a", "APPROVE", "KTP cocok, usia 18 tahun");

    String welcome = awaitMail(2, "rina@example.id");
    String temporary = find(welcome, "temporary password: (\\S+)");
    String token =
        new KeycloakBrowserLogin(
                keycloak.issuer(),
                config.get(Setting.OIDC_WEB_CLIENT_ID),
                config.get(Setting.OIDC_WEB_CLIENT_SECRET),
                "http://127.0.0.1:" + config.port(Setting.HTTP_PORT) + "/")
            .firstLogin("rina.kusuma", temporary, "Rina-own-password-1");
    Duration toFirstToken = Duration.ofNanos(System.nanoTime() - registered);

    JsonNode claims = KeycloakBrowserLogin.claims(token);
    assertThat(claims.get("groups")).extracting(JsonNode::asText).contains("trader");
    assertThat(claims.get("upn").asText()).isEqualTo("rina.kusuma");
    assertThat(claims.get("tenant_id").asText())
        .isEqualTo(TraderAccounts.tenantOf(application.id()).toString());
    assertThat(subscriptions.current(TraderAccounts.tenantOf(application.id())).tier())
        .isEqualTo(Tier.FREE);
    assertThat(store.find(application.id()).orElseThrow().status())
        .isEqualTo(ApplicationStatus.ONBOARDED);
    assertThat(audited).extracting(AuditEvent::action).contains(ReviewQueue.DECIDED);
    System.out.printf(
        "onboarding end to end: registration -> first token %.1f s (target <= 120 s)%n",
        toFirstToken.toMillis() / 1000.0);
    assertThat(toFirstToken).isLessThan(Duration.ofMinutes(2));
  }

  /** The body of the {@code count}-th mail in total, which must be addressed to {@code to}. */
  private static String awaitMail(int count, String to) throws Exception {
    assertThat(mail.awaitReceived(count, PATIENCE)).as("mail number " + count).isTrue();
    MimeMessage message = mail.received().get(count - 1);
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo(to);
    return message.getContent().toString();
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in " + text).isTrue();
    return m.group(1);
  }

  /** The feeder copies the engine's user-task job into our table; polled with a deadline. */
  private static ReviewTask awaitTask(ReviewQueue queue) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ReviewTask> task = queue.open().stream().findFirst();
      if (task.isPresent()) {
        return task.get();
      }
      Thread.sleep(100); // polling a table the feeder fills asynchronously
    }
    throw new AssertionError("no review task within " + PATIENCE);
  }

  private static AuditTrail audit(List<AuditEvent> events) {
    return new AuditTrail() {
      @Override
      public AuditRecord append(AuditEvent event) {
        events.add(event);
        return null;
      }

      @Override
      public ChainVerification verify() {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** The server's tenant migrations (V1-V3), then billing's and compliance's schema scripts. */
  private static void schema() throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create role " + OWNER_ROLE + " login password '" + OWNER_ROLE + "'");
      s.execute(
          "create role " + APP_ROLE + " login nosuperuser nobypassrls password '" + APP_ROLE + "'");
      s.execute("create database nusatrade owner " + OWNER_ROLE);
    }
    try (Connection owner = as(OWNER_ROLE).getConnection()) {
      for (String file :
          List.of(
              "V1__subscription_tiers.sql",
              "V2__tenants_and_users.sql",
              "V3__tenant_row_level_security.sql")) {
        try (Statement s = owner.createStatement()) {
          s.execute(Files.readString(SERVER_SQL.resolve(file)).replace("${appRole}", APP_ROLE));
        }
      }
      for (BillingSchema.Script script : BillingSchema.SCRIPTS) {
        script.apply(owner, APP_ROLE);
      }
      ReviewSchema.SCRIPT.install(owner, APP_ROLE);
      OnboardingSchema.APPLICATIONS.install(owner, APP_ROLE);
      OnboardingSchema.CONTACT_VERIFICATION.install(owner, APP_ROLE);
    }
  }

  private static DataSource as(String role) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {"127.0.0.1"});
    source.setPortNumbers(new int[] {postgres.getPort()});
    source.setDatabaseName("nusatrade");
    source.setUser(role);
    source.setPassword(role);
    return source;
  }
}
