package id.nusatrade.launcher.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PostgreSQL with SCRAM password authentication only. zonky runs {@code initdb -A trust} (any local
 * user would be superuser, bypassing row-level security and the audit trail's append-only trigger);
 * a new cluster therefore gets {@code --auth=scram-sha-256 --pwfile=...} (initdb's last option
 * wins), and a cluster made by an older launcher with {@code trust} gets the superuser password set
 * and its {@code pg_hba.conf} rewritten and reloaded on its first start here.
 */
final class PasswordAuthentication {
  static final String METHOD = "scram-sha-256";
  private static final Pattern TRUST = Pattern.compile("\\btrust\\s*$");

  private PasswordAuthentication() {}

  /** A file holding only the password, for initdb; the caller deletes it after the start. */
  static Path passwordFile(Path directory, String password) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve("initdb.pwfile");
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /** Whether any rule of this cluster's {@code pg_hba.conf} admits a client without a password. */
  static boolean trusts(Path dataDirectory) throws IOException {
    return rules(dataDirectory).stream().anyMatch(line -> TRUST.matcher(line).find());
  }

  /**
   * Converts a {@code trust} cluster: called while it still trusts (so the superuser can log in
   * without the password it does not have yet).
   */
  static void enforce(Path dataDirectory, Connection superuser, String password)
      throws IOException, SQLException {
    try (Statement s = superuser.createStatement()) {
      s.execute("SET password_encryption = '" + METHOD + "'");
      s.execute("ALTER ROLE postgres PASSWORD '" + password.replace("'", "''") + "'");
    }
    Path hba = dataDirectory.resolve("pg_hba.conf");
    List<String> rewritten =
        Files.readAllLines(hba).stream()
            .map(line -> isRule(line) ? TRUST.matcher(line).replaceAll(METHOD) : line)
            .toList();
    Files.write(hba, rewritten);
    try (Statement s = superuser.createStatement()) {
      s.execute("SELECT pg_reload_conf()");
    }
  }

  private static List<String> rules(Path dataDirectory) throws IOException {
    return Files.readAllLines(dataDirectory.resolve("pg_hba.conf")).stream()
        .filter(PasswordAuthentication::isRule)
        .toList();
  }

  private static boolean isRule(String line) {
    String trimmed = line.strip();
    return !trimmed.isEmpty() && !trimmed.startsWith("#");
  }
}
