package id.nusatrade.rules.engine;

/**
 * One finding about a rule source: from the allow-list policy, the limits table or the Drools
 * compiler. {@code line} is 1-based; 0 when the finding has no line.
 */
public record RuleMessage(Severity severity, String file, int line, String text) {
  /** ERROR stops a source from being compiled or published; WARNING is reported too. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public static RuleMessage error(String file, int line, String text) {
    return new RuleMessage(Severity.ERROR, file, line, text);
  }

  /** {@code risk.drl:12: error: ...}, the form compilers print. */
  @Override
  public String toString() {
    return file
        + (line > 0 ? ":" + line : "")
        + ": "
        + severity.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + text;
  }
}
