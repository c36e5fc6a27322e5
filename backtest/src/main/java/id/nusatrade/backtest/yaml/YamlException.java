package id.nusatrade.backtest.yaml;

/**
 * A bad YAML input (strategy or costs file): the message names the file when known, the line and
 * column (1-based) and what is wrong.
 */
public final class YamlException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;
  private final String why;

  public YamlException(int line, int column, String why) {
    this(null, line, column, why);
  }

  private YamlException(String source, int line, int column, String why) {
    super(
        (source == null ? "" : source + ", ") + "line " + line + ", column " + column + ": " + why);
    this.line = line;
    this.column = column;
    this.why = why;
  }

  /** The same error, naming the file it came from. */
  public YamlException in(String source) {
    return new YamlException(source, line, column, why);
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String why() {
    return why;
  }
}
