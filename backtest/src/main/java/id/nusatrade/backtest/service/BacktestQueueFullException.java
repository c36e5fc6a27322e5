package id.nusatrade.backtest.service;

/** Every worker is busy and the platform's queue of waiting runs is full; nothing was started. */
public final class BacktestQueueFullException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BacktestQueueFullException(int capacity) {
    super("the backtest queue is full (" + capacity + " runs waiting); try again shortly");
  }
}
