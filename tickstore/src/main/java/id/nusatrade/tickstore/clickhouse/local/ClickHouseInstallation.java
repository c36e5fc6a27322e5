package id.nusatrade.tickstore.clickhouse.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the ClickHouse binaries. Debian puts the server in /usr/sbin (not on a normal user's PATH)
 * and the client in /usr/bin; {@code CLICKHOUSE_SERVER_BIN} and {@code CLICKHOUSE_CLIENT_BIN}
 * override both.
 */
public final class ClickHouseInstallation {
  static final String INSTALL_HINT =
      "ClickHouse is not installed. Install it with: apt-get update && apt-get install -y"
          + " clickhouse-server clickhouse-client (Debian's 18.16.1; see tickstore/CI-SETUP.md),"
          + " or set CLICKHOUSE_SERVER_BIN / CLICKHOUSE_CLIENT_BIN.";

  private ClickHouseInstallation() {}

  /** The server command, for example {@code [/usr/sbin/clickhouse-server]}. */
  public static List<String> serverCommand() {
    return find("CLICKHOUSE_SERVER_BIN", "clickhouse-server")
        .map(p -> List.of(p.toString()))
        .or(() -> find("CLICKHOUSE_BIN", "clickhouse").map(p -> List.of(p.toString(), "server")))
        .orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
  }

  /** The client command, for example {@code [/usr/bin/clickhouse-client]}. */
  public static List<String> clientCommand() {
    return find("CLICKHOUSE_CLIENT_BIN", "clickhouse-client")
        .map(p -> List.of(p.toString()))
        .or(() -> find("CLICKHOUSE_BIN", "clickhouse").map(p -> List.of(p.toString(), "client")))
        .orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
  }

  private static Optional<Path> find(String envVar, String name) {
    String override = System.getenv(envVar);
    if (override != null && !override.isBlank()) {
      return Optional.of(Path.of(override)).filter(Files::isExecutable);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/bin", "/usr/sbin"))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
