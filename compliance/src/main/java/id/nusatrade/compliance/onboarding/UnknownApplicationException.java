package id.nusatrade.compliance.onboarding;

/** No application with this id (HTTP 404); the message never echoes the id. */
public final class UnknownApplicationException extends RuntimeException {
  public UnknownApplicationException() {
    super("no such onboarding application");
  }
}
