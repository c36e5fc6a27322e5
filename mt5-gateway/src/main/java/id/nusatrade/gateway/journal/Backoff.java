package id.nusatrade.gateway.journal;

/** Waits before the next attempt of a retried disk or bus operation; attempt counts from 1. */
@FunctionalInterface
public interface Backoff {
  void pause(int attempt) throws InterruptedException;

  /** Sleeps {@code firstMillis} doubling per attempt, at most {@code capMillis}. */
  static Backoff exponential(long firstMillis, long capMillis) {
    return attempt -> Thread.sleep(Math.min(capMillis, firstMillis << Math.min(attempt - 1, 20)));
  }
}
