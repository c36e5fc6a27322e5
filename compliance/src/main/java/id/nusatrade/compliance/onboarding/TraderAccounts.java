package id.nusatrade.compliance.onboarding;

import id.nusatrade.compliance.account.DirectoryUser;
import id.nusatrade.compliance.account.IdentityProvider;
import id.nusatrade.compliance.account.NewDirectoryUser;
import id.nusatrade.compliance.account.UsernameTakenException;
import id.nusatrade.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

/**
 * The approved applicant's login: a directory account (enabled, e-mail verified, realm role {@code
 * trader}, attribute {@code tenant_id} = the tenant onboarding provisions for the application) and,
 * with the welcome e-mail, a temporary password the trader replaces at the first login.
 *
 * <p>Idempotent: the account carries the application id ({@value #APPLICATION_ATTRIBUTE}), so a
 * redelivered job finds its own account by username and only completes what is missing; an account
 * of the same username for anything else is {@link UsernameTakenException}. The tenant id is
 * derived from the application id, so the account can name it before the tenant row exists and a
 * retried provisioning creates the same tenant.
 */
public final class TraderAccounts {
  public static final String TRADER_ROLE = "trader";
  public static final String TENANT_ATTRIBUTE = "tenant_id";
  public static final String APPLICATION_ATTRIBUTE = "onboarding_application";

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int PASSWORD_LENGTH = 16;

  private final IdentityProvider directory;
  private final ApplicationNotices notices;
  private final SecureRandom random;
  private final String loginUrl;

  public TraderAccounts(
      IdentityProvider directory,
      ApplicationNotices notices,
      SecureRandom random,
      String loginUrl) {
    this.directory = directory;
    this.notices = notices;
    this.random = random;
    this.loginUrl = loginUrl;
  }

  /** The tenant an application's trader gets: the same for every retry of the application. */
  public static TenantId tenantOf(ApplicationId application) {
    return new TenantId(
        UUID.nameUUIDFromBytes(
            ("nusatrade-onboarding-tenant:" + application).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The application's account, created if it does not exist yet.
   *
   * @return the directory's user id
   * @throws UsernameTakenException the username (or e-mail) is someone else's
   */
  public String open(ApplicationId application, String username, String email, String fullName) {
    String userId =
        directory
            .findByUsername(username)
            .map(existing -> ownedBy(existing, application))
            .orElseGet(() -> create(application, username, email, fullName));
    directory.grantRealmRole(userId, TRADER_ROLE);
    return userId;
  }

  /**
   * Welcomes the trader once: a new temporary password is set and mailed with the username and
   * where to log in. A redelivered job after the welcome was recorded changes nothing.
   *
   * @return whether the welcome was sent now
   */
  public boolean welcome(ApplicationId application, String userId, String username) {
    return notices.reached(
        application,
        ApplicationStatus.ONBOARDED,
        () -> {
          String password = temporaryPassword();
          directory.setPassword(userId, password, true);
          return """
              Akun Anda siap / Your account is ready.
              Nama pengguna / username: %s
              Kata sandi sementara / temporary password: %s
              Masuk di / log in at: %s
              Anda akan diminta membuat kata sandi baru / you will be asked to choose a new password.
              """
              .formatted(username, password, loginUrl);
        });
  }

  private String create(ApplicationId application, String username, String email, String fullName) {
    try {
      return directory.create(
          new NewDirectoryUser(
              username,
              email,
              firstName(fullName),
              lastName(fullName),
              Map.of(
                  TENANT_ATTRIBUTE, tenantOf(application).toString(),
                  APPLICATION_ATTRIBUTE, application.toString())));
    } catch (UsernameTakenException taken) {
      // a concurrent delivery of the same job may have created it meanwhile
      return directory
          .findByUsername(username)
          .map(existing -> ownedBy(existing, application))
          .orElseThrow(() -> taken);
    }
  }

  private static String ownedBy(DirectoryUser existing, ApplicationId application) {
    if (!existing
        .attribute(APPLICATION_ATTRIBUTE)
        .filter(application.toString()::equals)
        .isPresent()) {
      throw new UsernameTakenException("username " + existing.username() + " is already taken");
    }
    return existing.id();
  }

  /** Everything before the last word; a one-word name (common in Indonesia) is both names. */
  static String firstName(String fullName) {
    String name = fullName.strip();
    int last = name.lastIndexOf(' ');
    return last < 0 ? name : name.substring(0, last).strip();
  }

  static String lastName(String fullName) {
    String name = fullName.strip();
    int last = name.lastIndexOf(' ');
    return last < 0 ? name : name.substring(last + 1);
  }

  private String temporaryPassword() {
    StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
    for (int i = 0; i < PASSWORD_LENGTH; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
