package id.nusatrade.domain.trading;

/** Receives a venue's execution reports (the trading engine). */
public interface ExecutionSink {
  void onExecution(ExecutionReport report);
}
