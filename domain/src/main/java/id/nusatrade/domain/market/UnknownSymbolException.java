package id.nusatrade.domain.market;

/** The caller's terminals do not stream the symbol (whether or not another tenant's do). */
public final class UnknownSymbolException extends RuntimeException {
  public UnknownSymbolException(String message) {
    super(message);
  }
}
