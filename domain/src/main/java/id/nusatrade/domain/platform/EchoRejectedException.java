package id.nusatrade.domain.platform;

/** The probe was refused for a business reason (not a technical failure). */
public class EchoRejectedException extends RuntimeException {
  public EchoRejectedException(String reason) {
    super(reason);
  }
}
