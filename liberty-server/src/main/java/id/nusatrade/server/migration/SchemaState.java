package id.nusatrade.server.migration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Outcome of the startup migration, for the readiness check. */
@ApplicationScoped
public class SchemaState {
  private volatile String version;
  private volatile String failure = "schema migration has not run yet";

  void migrated(String targetVersion) {
    version = targetVersion == null ? "unchanged" : targetVersion;
    failure = null;
  }

  void failed(String reason) {
    failure = reason == null ? "unknown error" : reason;
  }

  /** Why the schema is not usable, if it is not. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  public String version() {
    return version;
  }
}
