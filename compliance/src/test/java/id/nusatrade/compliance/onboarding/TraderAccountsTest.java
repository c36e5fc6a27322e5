package id.nusatrade.compliance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.compliance.account.DirectoryUser;
import id.nusatrade.compliance.account.IdentityProvider;
import id.nusatrade.compliance.account.IdentityProviderException;
import id.nusatrade.compliance.account.NewDirectoryUser;
import id.nusatrade.compliance.account.UsernameTakenException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TraderAccountsTest {
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");

  private final InMemoryApplications store = new InMemoryApplications();
  private final List<String> mailed = new ArrayList<>();
  private final Directory directory = new Directory();
  private final ApplicationNotices notices =
      new ApplicationNotices(
          store,
          (to, subject, body) -> mailed.add(to + " | " + subject + " | " + body),
          Clock.fixed(T0, ZoneOffset.UTC));
  private final TraderAccounts accounts =
      new TraderAccounts(directory, notices, new SecureRandom(), "http://127.0.0.1:9080/");
  private ApplicationId id;

  @BeforeEach
  void approvedApplication() {
    id = ApplicationId.random(new SecureRandom());
    store.add(
        new Application(id, ApplicationsTest.siti(), ApplicationStatus.IN_PROGRESS, 7, T0, T0),
        "127.0.0.1");
  }

  @Test
  void theAccountIsCreatedWithTheTraderRoleTheTenantAndTheApplicationItServes() {
    String userId = accounts.open(id, "siti", "siti@example.id", "Siti Nur Rahayu");

    NewDirectoryUser created = directory.created.get(userId);
    assertThat(created.username()).isEqualTo("siti");
    assertThat(created.email()).isEqualTo("siti@example.id");
    assertThat(created.firstName()).isEqualTo("Siti Nur");
    assertThat(created.lastName()).isEqualTo("Rahayu");
    assertThat(created.attributes())
        .containsEntry(TraderAccounts.APPLICATION_ATTRIBUTE, id.toString())
        .containsEntry(
            TraderAccounts.TENANT_ATTRIBUTE, TraderAccounts.tenantOf(id).value().toString());
    assertThat(directory.roles).containsExactly(userId + "=trader");
  }

  @Test
  void aRedeliveredJobFindsTheAccountItCreatedAndCreatesNoSecond() {
    String first = accounts.open(id, "siti", "siti@example.id", "Siti Rahayu");
    String again = accounts.open(id, "siti", "siti@example.id", "Siti Rahayu");

    assertThat(again).isEqualTo(first);
    assertThat(directory.created).hasSize(1);
  }

  @Test
  void aUsernameOfAnotherApplicationOrPersonIsTaken() {
    ApplicationId other = ApplicationId.random(new SecureRandom());
    accounts.open(other, "siti", "siti.other@example.id", "Siti Lain");

    assertThatThrownBy(() -> accounts.open(id, "siti", "siti@example.id", "Siti Rahayu"))
        .isInstanceOf(UsernameTakenException.class)
        .hasMessageContaining("siti");
    assertThat(directory.created).hasSize(1);
  }

  @Test
  void anEmailAlreadyRegisteredIsTakenToo() {
    accounts.open(ApplicationId.random(new SecureRandom()), "siti2", "siti@example.id", "Siti Dua");

    assertThatThrownBy(() -> accounts.open(id, "siti", "siti@example.id", "Siti Rahayu"))
        .isInstanceOf(UsernameTakenException.class);
  }

  @Test
  void keycloakAwayIsATechnicalFailureThatCreatesNothing() {
    directory.down = true;

    assertThatThrownBy(() -> accounts.open(id, "siti", "siti@example.id", "Siti Rahayu"))
        .isInstanceOf(IdentityProviderException.class);
    directory.down = false;
    accounts.open(id, "siti", "siti@example.id", "Siti Rahayu");
    assertThat(directory.created).hasSize(1);
  }

  @Test
  void theWelcomeSetsOneTemporaryPasswordAndMailsItOnceWithTheUsername() {
    String userId = accounts.open(id, "siti", "siti@example.id", "Siti Rahayu");

    assertThat(accounts.welcome(id, userId, "siti")).isTrue();
    assertThat(accounts.welcome(id, userId, "siti")).isFalse();

    assertThat(directory.passwords).hasSize(1);
    String password = directory.passwords.get(userId);
    assertThat(password).hasSize(16);
    assertThat(directory.temporary).containsExactly(userId);
    assertThat(mailed)
        .singleElement()
        .asString()
        .startsWith("siti@example.id | ")
        .contains("username: siti")
        .contains(password)
        .contains("http://127.0.0.1:9080/");
    assertThat(store.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.ONBOARDED);
  }

  @Test
  void aWelcomeWhoseMailFailedSetsANewPasswordOnRetryAndMailsThatOne() {
    String userId = accounts.open(id, "siti", "siti@example.id", "Siti Rahayu");
    List<String> bodies = new ArrayList<>();
    boolean[] smtpDown = {true};
    TraderAccounts flaky =
        new TraderAccounts(
            directory,
            new ApplicationNotices(
                store,
                (to, subject, body) -> {
                  if (smtpDown[0]) {
                    throw new id.nusatrade.compliance.mail.MailException("smtp down", null);
                  }
                  bodies.add(body);
                },
                Clock.fixed(T0, ZoneOffset.UTC)),
            new SecureRandom(),
            "http://127.0.0.1:9080/");

    assertThatThrownBy(() -> flaky.welcome(id, userId, "siti"))
        .isInstanceOf(id.nusatrade.compliance.mail.MailException.class);
    assertThat(store.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
    smtpDown[0] = false;
    assertThat(flaky.welcome(id, userId, "siti")).isTrue();

    assertThat(bodies).singleElement().asString().contains(directory.passwords.get(userId));
  }

  @Test
  void theTenantIdIsTheSameForEveryRetryOfAnApplicationAndDiffersBetweenApplications() {
    ApplicationId other = ApplicationId.random(new SecureRandom());

    assertThat(TraderAccounts.tenantOf(id)).isEqualTo(TraderAccounts.tenantOf(id));
    assertThat(TraderAccounts.tenantOf(id)).isNotEqualTo(TraderAccounts.tenantOf(other));
    // name-based (RFC 4122 version 3) over a fixed prefix and the application id
    assertThat(TraderAccounts.tenantOf(id).value())
        .isEqualTo(
            UUID.nameUUIDFromBytes(
                ("nusatrade-onboarding-tenant:" + id).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aOneWordNameIsBothFirstAndLastName() {
    assertThat(TraderAccounts.firstName("Sukarno")).isEqualTo("Sukarno");
    assertThat(TraderAccounts.lastName("Sukarno")).isEqualTo("Sukarno");
    assertThat(TraderAccounts.firstName(" Siti  Rahayu ")).isEqualTo("Siti");
    assertThat(TraderAccounts.lastName(" Siti  Rahayu ")).isEqualTo("Rahayu");
  }

  /** The directory as Keycloak behaves: unique usernames and e-mails, 409 otherwise. */
  private static final class Directory implements IdentityProvider {
    final Map<String, NewDirectoryUser> created = new LinkedHashMap<>();
    final Set<String> roles = new HashSet<>();
    final Map<String, String> passwords = new LinkedHashMap<>();
    final List<String> temporary = new ArrayList<>();
    boolean down;

    @Override
    public Optional<DirectoryUser> findByUsername(String username) {
      up();
      return created.entrySet().stream()
          .filter(e -> e.getValue().username().equals(username))
          .findFirst()
          .map(
              e ->
                  new DirectoryUser(
                      e.getKey(),
                      username,
                      e.getValue().attributes().entrySet().stream()
                          .collect(
                              java.util.stream.Collectors.toMap(
                                  Map.Entry::getKey, a -> List.of(a.getValue())))));
    }

    @Override
    public String create(NewDirectoryUser user) {
      up();
      if (created.values().stream()
          .anyMatch(u -> u.username().equals(user.username()) || u.email().equals(user.email()))) {
        throw new UsernameTakenException("taken: " + user.username());
      }
      String id = UUID.randomUUID().toString();
      created.put(id, user);
      return id;
    }

    @Override
    public void grantRealmRole(String userId, String role) {
      up();
      roles.add(userId + "=" + role);
    }

    @Override
    public void setPassword(String userId, String password, boolean isTemporary) {
      up();
      passwords.put(userId, password);
      if (isTemporary) {
        temporary.add(userId);
      }
    }

    private void up() {
      if (down) {
        throw new IdentityProviderException("connection refused");
      }
    }
  }
}
