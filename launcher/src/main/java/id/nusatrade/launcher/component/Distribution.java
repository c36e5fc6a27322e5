package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A server distribution published to Maven Central as an archive (Keycloak zip, Zeebe tar.gz). The
 * build copies it to {@code launcher/target/dist}; the local Maven repository is the fallback.
 */
public record Distribution(String groupId, String artifactId, String version, String type) {

  /** The version the parent POM pins, read from the filtered {@code versions.properties}. */
  public static String pinnedVersion(String key) {
    try (InputStream in = Distribution.class.getResourceAsStream("/launcher/versions.properties")) {
      Properties versions = new Properties();
      versions.load(in);
      return versions.getProperty(key);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("launcher/versions.properties missing: rebuild the launcher");
    }
  }

  public String fileName() {
    return artifactId + "-" + version + "." + type;
  }

  public Path locate(LauncherConfig config) {
    Path besideCode = codeDirectory().resolve("dist").resolve(fileName());
    if (Files.isRegularFile(besideCode)) {
      return besideCode;
    }
    Path inRepo =
        config
            .m2Repository()
            .resolve(groupId.replace('.', '/'))
            .resolve(artifactId)
            .resolve(version)
            .resolve(fileName());
    if (Files.isRegularFile(inRepo)) {
      return inRepo;
    }
    throw new StartupException(
        fileName()
            + " not found in "
            + besideCode.getParent()
            + " nor "
            + inRepo.getParent()
            + ": build the launcher (./mvnw -pl launcher -am package) to download it");
  }

  /** Unpacks once below {@code parent}; returns the archive's top directory. */
  public Path unpackInto(Path parent, String component, LauncherConfig config) {
    return new Unpacker(component).unpackOnce(locate(config), parent);
  }

  private static Path codeDirectory() {
    try {
      Path code =
          Path.of(Distribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code.getParent();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
