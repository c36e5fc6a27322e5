package id.nusatrade.compliance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.compliance.kyc.InvalidIdentityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationsTest {
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");

  private final InMemoryApplications store = new InMemoryApplications();
  private final List<ApplicationId> started = new ArrayList<>();
  private final List<Registration> resubmitted = new ArrayList<>();
  private boolean engineUp = true;
  private Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  private Applications applications() {
    return new Applications(
        store,
        (id, registration) -> {
          if (!engineUp) {
            throw new IllegalStateException("UNAVAILABLE: io exception");
          }
          started.add(id);
          return 2251799813685249L + started.size();
        },
        (id, corrected) -> resubmitted.add(corrected),
        new SecureRandom(),
        clock);
  }

  static Registration siti() {
    return new Registration(
        "Siti Rahayu",
        "siti@example.id",
        "+628123456789",
        "3174054107900003",
        "1990-07-01",
        "siti");
  }

  @Test
  void aValidRegistrationIsStoredAndItsProcessStarted() {
    Application a = applications().register(siti(), "127.0.0.1");

    assertThat(started).containsExactly(a.id());
    assertThat(a.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
    assertThat(applications().status(a.id()).processInstanceKey()).isEqualTo(2251799813685250L);
  }

  @Test
  void anInvalidRegistrationStoresNothingAndStartsNothing() {
    Registration badNik =
        new Registration("Siti", "siti@example.id", null, "12345", "1990-07-01", "siti");

    assertThatThrownBy(() -> applications().register(badNik, "127.0.0.1"))
        .isInstanceOf(InvalidIdentityException.class)
        .extracting(e -> ((InvalidIdentityException) e).field())
        .isEqualTo("nik");
    assertThat(store.rows).isEmpty();
    assertThat(started).isEmpty();
  }

  @Test
  void anApplicationTakenWhileTheEngineIsAwayIsKeptAndStartedLater() {
    engineUp = false;
    Application a = applications().register(siti(), "127.0.0.1");
    assertThat(a.status()).isEqualTo(ApplicationStatus.RECEIVED);

    engineUp = true;
    assertThat(applications().startPending())
        .as("too young: its registration may still start it")
        .isZero();
    clock = Clock.fixed(T0.plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
    assertThat(applications().startPending()).isEqualTo(1);
    assertThat(applications().startPending()).isZero();

    assertThat(started).containsExactly(a.id());
    assertThat(applications().status(a.id()).status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
  }

  @Test
  void idsAreRandomVersion4AndAnUnknownOrMalformedIdIsNotFound() {
    Application a = applications().register(siti(), "127.0.0.1");
    Application b = applications().register(siti(), "127.0.0.1");

    assertThat(a.id()).isNotEqualTo(b.id());
    assertThat(a.id().value().version()).isEqualTo(4);
    assertThat(a.id().value().variant()).isEqualTo(2);
    assertThatThrownBy(() -> applications().status(ApplicationId.parse("not-an-id")))
        .isInstanceOf(UnknownApplicationException.class);
    assertThatThrownBy(
            () ->
                applications().status(ApplicationId.parse("00000000-0000-4000-8000-000000000000")))
        .isInstanceOf(UnknownApplicationException.class);
  }

  @Test
  void correctedDataIsTakenOnlyWhenTheProcessAskedForIt() {
    Application a = applications().register(siti(), "127.0.0.1");
    Registration corrected =
        new Registration(
            "Siti Rahayu", "siti@example.id", null, "3174054107900003", "1990-07-01", "siti.r");

    assertThatThrownBy(() -> applications().resubmit(a.id(), corrected))
        .isInstanceOf(ResubmissionNotExpectedException.class);
    store.updateStatus(a.id(), ApplicationStatus.RESUBMISSION_REQUESTED, T0);

    Application after = applications().resubmit(a.id(), corrected);

    assertThat(resubmitted).containsExactly(corrected);
    assertThat(after.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
    assertThat(after.registration().username()).isEqualTo("siti.r");
    assertThatThrownBy(() -> applications().resubmit(a.id(), corrected))
        .isInstanceOf(ResubmissionNotExpectedException.class);
  }
}
