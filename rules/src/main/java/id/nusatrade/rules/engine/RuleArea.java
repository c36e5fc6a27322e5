package id.nusatrade.rules.engine;

import id.nusatrade.rules.limits.LimitsReader;
import java.util.Locale;
import java.util.function.Supplier;

/** A decision area with its own rule set: the DRL and limit table shipped as its defaults. */
public enum RuleArea {
  RISK("risk.drl", "risk-limits.csv", LimitsReader::risk),
  TIER("tier.drl", "tier-limits.csv", LimitsReader::tier);

  static final String RESOURCE_DIR = "id/nusatrade/rules/model/";

  private final String drlFile;
  private final String limitsFile;
  private final Supplier<LimitsReader> reader;

  RuleArea(String drlFile, String limitsFile, Supplier<LimitsReader> reader) {
    this.drlFile = drlFile;
    this.limitsFile = limitsFile;
    this.reader = reader;
  }

  /** {@code risk}, {@code tier}: the name used in paths and files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String drlFile() {
    return drlFile;
  }

  public String limitsFile() {
    return limitsFile;
  }

  /** The scenarios shipped with the default rule set, e.g. {@code risk-scenarios.yaml}. */
  public String scenariosFile() {
    return id() + "-scenarios.yaml";
  }

  /** The text of a file shipped for this area (DRL, limit table or scenarios). */
  public String shipped(String file) {
    return RuleSource.resource(file);
  }

  LimitsReader limitsReader() {
    return reader.get();
  }

  /** The area named {@code risk} or {@code tier}. */
  public static RuleArea of(String id) {
    for (RuleArea a : values()) {
      if (a.id().equalsIgnoreCase(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown rule area '" + id + "'; known: risk, tier");
  }
}
