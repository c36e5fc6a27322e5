package id.nusatrade.rules.lifecycle;

/** No such draft, version or pending approval in the area (REST 404). */
public final class RuleSetNotFound extends Exception {
  public RuleSetNotFound(String message) {
    super(message);
  }
}
