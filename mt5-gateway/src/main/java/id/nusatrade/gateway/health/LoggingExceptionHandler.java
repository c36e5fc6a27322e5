package id.nusatrade.gateway.health;

import com.lmax.disruptor.ExceptionHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * For a ring's handlers: an exception on an event is counted and logged with its cause
 * (rate-limited through the {@link FailureLog}), and the handler carries on with the next event —
 * halting would stall every terminal, ignoring would hide the failure.
 */
public final class LoggingExceptionHandler<T> implements ExceptionHandler<T> {
  private static final Logger LOG = Logger.getLogger(LoggingExceptionHandler.class.getName());
  private final FailureLog failures;

  public LoggingExceptionHandler(FailureLog failures) {
    this.failures = failures;
  }

  @Override
  public void handleEventException(Throwable ex, long sequence, T event) {
    failures.record(ex);
  }

  @Override
  public void handleOnStartException(Throwable ex) {
    LOG.log(Level.SEVERE, "ring handler failed to start", ex);
  }

  @Override
  public void handleOnShutdownException(Throwable ex) {
    LOG.log(Level.WARNING, "ring handler failed to stop", ex);
  }
}
