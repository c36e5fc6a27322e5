package id.nusatrade.backtest.service;

import id.nusatrade.platform.config.SettingKey;
import id.nusatrade.platform.config.SettingSpec;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The settings of the platform's backtest jobs (the platform's {@link SettingKey}; the server reads
 * each by its environment name through MicroProfile Config).
 */
public enum BacktestSetting implements SettingKey {
  WORKERS(
      "NUSATRADE_BACKTEST_WORKERS",
      "1",
      "threads running backtests for every tenant together (a run uses one core)"),
  QUEUE(
      "NUSATRADE_BACKTEST_QUEUE",
      "32",
      "runs that may wait for a worker; beyond it a start is refused with 503"),
  UPLOAD_MAX_BYTES(
      "NUSATRADE_BACKTEST_UPLOAD_MAX_BYTES",
      "33554432",
      "largest bar CSV a backtest request may upload (bytes, default 32 MiB, about 500,000 bars);"
          + " a larger one is refused with 413");

  private final SettingSpec spec;

  BacktestSetting(String envName, String defaultValue, String description) {
    this.spec = new SettingSpec(envName, defaultValue, description);
  }

  @Override
  public SettingSpec spec() {
    return spec;
  }

  /**
   * The bounded executor the settings describe: {@link #WORKERS} daemon threads named {@code
   * backtest-N} and a queue of {@link #QUEUE}; a full queue refuses (the caller hears 503), nothing
   * ever runs on the caller's thread.
   */
  public static ThreadPoolExecutor executor(UnaryOperator<String> lookup) {
    int workers = positive(WORKERS, lookup);
    int queue = positive(QUEUE, lookup);
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    return new ThreadPoolExecutor(
        workers,
        workers,
        0,
        TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queue),
        job -> {
          Thread t = new Thread(job, "backtest-" + n.incrementAndGet());
          t.setDaemon(true);
          t.setPriority(Thread.NORM_PRIORITY - 1);
          return t;
        },
        new ThreadPoolExecutor.AbortPolicy());
  }

  /** The upload cap {@link #UPLOAD_MAX_BYTES} describes. */
  public static int uploadLimit(UnaryOperator<String> lookup) {
    return positive(UPLOAD_MAX_BYTES, lookup);
  }

  private static int positive(BacktestSetting setting, UnaryOperator<String> lookup) {
    String text = setting.from(lookup::apply);
    try {
      int value = Integer.parseInt(text.strip());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        setting.spec().envName() + " must be a positive whole number, got '" + text + "'");
  }
}
