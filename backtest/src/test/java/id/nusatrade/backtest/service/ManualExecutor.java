package id.nusatrade.backtest.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** An executor the test drives: jobs wait until {@link #runNext()}; a capacity refuses more. */
final class ManualExecutor implements Executor {
  private final Deque<Runnable> waiting = new ArrayDeque<>();
  private final int capacity;

  ManualExecutor(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public void execute(Runnable job) {
    if (waiting.size() >= capacity) {
      throw new RejectedExecutionException("full");
    }
    waiting.add(job);
  }

  void runNext() {
    waiting.removeFirst().run();
  }

  int waiting() {
    return waiting.size();
  }
}
