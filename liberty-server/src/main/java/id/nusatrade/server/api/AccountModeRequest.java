package id.nusatrade.server.api;

/** The body of {@code PUT /accounts/{id}/mode}: PAPER or LIVE. */
public class AccountModeRequest {
  public String mode;
}
