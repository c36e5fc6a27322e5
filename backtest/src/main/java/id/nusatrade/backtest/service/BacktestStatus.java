package id.nusatrade.backtest.service;

/** Where a run is: waiting for a worker, running, finished with a report, or failed. */
public enum BacktestStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED;
  }
}
