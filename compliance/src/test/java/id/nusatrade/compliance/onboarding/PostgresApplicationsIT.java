package id.nusatrade.compliance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.compliance.audit.EmbeddedDatabase;
import id.nusatrade.compliance.review.ReviewSchema;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application store on a real PostgreSQL: V41 then V90, used as the app role. */
class PostgresApplicationsIT {
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");
  private static EmbeddedDatabase postgres;

  private PostgresApplications store;

  @BeforeAll
  static void start() throws Exception {
    postgres = new EmbeddedDatabase();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void freshSchema() throws Exception {
    String database = postgres.freshDatabase();
    try (Connection owner = postgres.as(EmbeddedDatabase.OWNER, database).getConnection()) {
      ReviewSchema.SCRIPT.install(owner, EmbeddedDatabase.APP);
      OnboardingSchema.APPLICATIONS.install(owner, EmbeddedDatabase.APP);
      OnboardingSchema.CONTACT_VERIFICATION.install(owner, EmbeddedDatabase.APP);
    }
    store = new PostgresApplications(postgres.as(EmbeddedDatabase.APP, database));
  }

  private Application received(Instant at) {
    return new Application(
        ApplicationId.random(new SecureRandom()),
        ApplicationsTest.siti(),
        ApplicationStatus.RECEIVED,
        0,
        at,
        at);
  }

  @Test
  void aStoredApplicationReadsBackWithItsRegistration() {
    Application a = received(T0);
    store.add(a, "127.0.0.1");

    Application read = store.find(a.id()).orElseThrow();
    assertThat(read.registration()).isEqualTo(ApplicationsTest.siti());
    assertThat(read.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(read.started()).isFalse();
    assertThat(read.createdAt()).isEqualTo(T0);
  }

  @Test
  void onlyUnstartedOldEnoughApplicationsArePendingAndAStartIsRecordedOnce() {
    Application old = received(T0);
    Application young = received(T0.plusSeconds(60));
    store.add(old, "127.0.0.1");
    store.add(young, "127.0.0.1");

    assertThat(store.unstarted(T0.plusSeconds(30), 10))
        .extracting(Application::id)
        .containsExactly(old.id());
    assertThat(store.markStarted(old.id(), 42, T0.plusSeconds(31))).isTrue();
    assertThat(store.markStarted(old.id(), 43, T0.plusSeconds(32))).isFalse();
    assertThat(store.unstarted(T0.plusSeconds(90), 10))
        .extracting(Application::id)
        .containsExactly(young.id());
    Application started = store.find(old.id()).orElseThrow();
    assertThat(started.processInstanceKey()).isEqualTo(42);
    assertThat(started.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
  }

  @Test
  void anAbandonedApplicationKeepsItsStatusButNoPersonalData() {
    Application a = received(T0);
    store.add(a, "127.0.0.1");

    assertThat(store.updateStatus(a.id(), ApplicationStatus.ABANDONED, T0.plusSeconds(1))).isTrue();
    assertThat(store.erasePersonalData(a.id(), T0.plusSeconds(2))).isTrue();

    Application read = store.find(a.id()).orElseThrow();
    assertThat(read.registration()).isNull();
    assertThat(read.status()).isEqualTo(ApplicationStatus.ABANDONED);
  }

  @Test
  void aVerificationCodeIsReplacedUntilSentThenKeptAndCountsWrongTries() {
    Application a = received(T0);
    store.add(a, "127.0.0.1");
    String first = "a".repeat(64);
    String second = "b".repeat(64);
    assertThat(store.verificationCode(a.id())).isEmpty();

    store.saveVerificationCode(a.id(), first, T0.plusSeconds(900));
    store.saveVerificationCode(a.id(), second, T0.plusSeconds(901));
    store.markCodeSent(a.id(), T0.plusSeconds(1));
    store.saveVerificationCode(a.id(), first, T0.plusSeconds(902));
    store.countFailedAttempt(a.id());
    store.markContactVerified(a.id(), T0.plusSeconds(5));
    store.markContactVerified(a.id(), T0.plusSeconds(6));

    VerificationCode code = store.verificationCode(a.id()).orElseThrow();
    assertThat(code.hash()).isEqualTo(second);
    assertThat(code.expiresAt()).isEqualTo(T0.plusSeconds(901));
    assertThat(code.sentAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(code.failedAttempts()).isEqualTo(1);
    assertThat(code.verifiedAt()).isEqualTo(T0.plusSeconds(5));

    store.erasePersonalData(a.id(), T0.plusSeconds(7));
    assertThat(store.verificationCode(a.id())).isEmpty();
  }
}
