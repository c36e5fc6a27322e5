package id.nusatrade.indicators.cli;

/** Malformed input CSV; the message names the line. */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadInputException(long line, String why) {
    super("line " + line + ": " + why);
  }
}
