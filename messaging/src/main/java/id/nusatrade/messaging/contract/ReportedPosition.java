package id.nusatrade.messaging.contract;

/**
 * One open position of a terminal's positions snapshot (in {@link ExecutionReported}).
 *
 * @param ticket MT5's position ticket
 * @param side {@code BUY} or {@code SELL}
 * @param volume lots
 * @param openPrice MT5's open price
 */
public record ReportedPosition(
    long ticket, String symbol, String side, double volume, double openPrice) {
  public ReportedPosition {
    Checks.text(symbol, "symbol");
    Checks.text(side, "side");
  }
}
