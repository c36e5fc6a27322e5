package id.nusatrade.compliance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationNoticesTest {
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");

  private final InMemoryApplications store = new InMemoryApplications();
  private final List<String> mailed = new ArrayList<>();
  private final ApplicationNotices notices =
      new ApplicationNotices(
          store,
          (to, subject, body) -> mailed.add(to + " | " + subject),
          Clock.fixed(T0, ZoneOffset.UTC));
  private ApplicationId id;

  @BeforeEach
  void applicationInProgress() {
    id = ApplicationId.random(new SecureRandom());
    store.add(
        new Application(id, ApplicationsTest.siti(), ApplicationStatus.IN_PROGRESS, 7, T0, T0),
        "127.0.0.1");
  }

  @Test
  void aRejectionIsRecordedAndMailedOnceEvenWhenTheJobIsRedelivered() {
    assertThat(notices.reached(id, ApplicationStatus.REJECTED, "sanctions list match")).isTrue();
    assertThat(notices.reached(id, ApplicationStatus.REJECTED, "sanctions list match")).isFalse();

    assertThat(mailed).hasSize(1).first().asString().startsWith("siti@example.id | ");
    assertThat(store.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.REJECTED);
  }

  @Test
  void anAbandonedApplicationKeepsItsStatusButLosesItsPersonalDataAndMailsNothing() {
    notices.abandoned(id);
    notices.abandoned(id);

    Application a = store.find(id).orElseThrow();
    assertThat(a.status()).isEqualTo(ApplicationStatus.ABANDONED);
    assertThat(a.registration()).isNull();
    assertThat(mailed).isEmpty();
  }
}
