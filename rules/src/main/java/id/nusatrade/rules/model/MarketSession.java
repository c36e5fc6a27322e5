package id.nusatrade.rules.model;

/**
 * The session of the intent's market at the intent's time, from the trading calendar shipped as
 * data; {@code holiday} names the holiday when the status is HOLIDAY, otherwise it is empty.
 */
public record MarketSession(Market market, SessionStatus status, String holiday) {
  public boolean open() {
    return status == SessionStatus.OPEN;
  }
}
