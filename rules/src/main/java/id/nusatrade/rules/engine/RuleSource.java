package id.nusatrade.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The editable text of one rule set: the DRL and the limit table, each with the file name that
 * messages cite.
 */
public record RuleSource(
    RuleArea area, String drlFile, String drl, String limitsFile, String limits) {
  public RuleSource {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(drl, "drl");
    Objects.requireNonNull(limits, "limits");
  }

  /** The rule set shipped with the application for this area. */
  public static RuleSource defaults(RuleArea area) {
    return new RuleSource(
        area,
        area.drlFile(),
        resource(area.drlFile()),
        area.limitsFile(),
        resource(area.limitsFile()));
  }

  /**
   * The default risk rules written against the separate facts instead of the one {@code RiskCheck}
   * fact: the reference the tests and the rules benchmark compare the shipped rules with.
   */
  public static RuleSource riskOverParts() {
    String file = "reference/risk-over-parts.drl";
    return defaults(RuleArea.RISK).withDrl(file, resource(file));
  }

  public RuleSource withDrl(String file, String text) {
    return new RuleSource(area, file, text, limitsFile, limits);
  }

  public RuleSource withLimits(String file, String text) {
    return new RuleSource(area, drlFile, drl, file, text);
  }

  static String resource(String file) {
    String path = RuleArea.RESOURCE_DIR + file;
    try (InputStream in = RuleSource.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
