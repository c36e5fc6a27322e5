package id.nusatrade.backtest.service;

import id.nusatrade.backtest.report.JsonReport;
import id.nusatrade.backtest.report.Report;
import id.nusatrade.backtest.run.RunPlan;
import id.nusatrade.backtest.run.RunSettings;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Signals;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * One run on a worker thread: marks it RUNNING, reads its bars, loads its model if any, runs it
 * through {@link RunPlan#run} (as the CLI does), stores the report or the failure, then tells the
 * service it is done. Progress is a plain field written by this thread alone and read by request
 * threads.
 */
final class BacktestJob implements Runnable {
  private static final System.Logger LOG = System.getLogger(BacktestJob.class.getName());

  private final TenantId tenant;
  private final BacktestRun queued;
  private final PreparedRun prepared;
  private final BarSource source;
  private final FeedId feed;
  private final BacktestRuns runs;
  private final StoredBars stored;
  private final Clock clock;
  private final Consumer<BacktestId> done;
  private volatile double progress;
  private double nextStored = STORE_EVERY;
  private static final double STORE_EVERY = 0.05;

  BacktestJob(
      TenantId tenant,
      BacktestRun queued,
      PreparedRun prepared,
      BarSource source,
      FeedId feed,
      BacktestRuns runs,
      StoredBars stored,
      Clock clock,
      Consumer<BacktestId> done) {
    this.tenant = tenant;
    this.queued = queued;
    this.prepared = prepared;
    this.source = source;
    this.feed = feed;
    this.runs = runs;
    this.stored = stored;
    this.clock = clock;
    this.done = done;
  }

  TenantId tenant() {
    return tenant;
  }

  BacktestId id() {
    return queued.id();
  }

  /** From 0 to 1: the finished share of the run's backtests (0 until the bars are read). */
  double progress() {
    return progress;
  }

  @Override
  public void run() {
    BacktestRun running = queued.running(clock.instant());
    try {
      runs.update(tenant, running);
      Report report;
      try (BarSignals model = model()) {
        RunPlan plan = prepared.plan();
        if (model != null) {
          plan =
              new RunPlan(plan.settings().withModel(model), plan.strategyText(), plan.analysis());
        }
        RunSettings settings = plan.settings();
        BarSeries input = input(settings);
        BarSeries bars = settings.atTimeframe(input);
        report =
            plan.run(
                bars,
                source.describe(),
                input.size(),
                fraction -> {
                  progress = fraction;
                  if (fraction >= nextStored && fraction < 1) {
                    storeProgress(running);
                  }
                });
      }
      runs.update(
          tenant, running.succeeded(clock.instant(), json(report), EquityCurve.json(report.run())));
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING, "backtest " + id() + " of tenant " + tenant + " failed", e);
      runs.update(tenant, running.withProgress(progress()).failed(clock.instant(), reason(e)));
    } finally {
      done.accept(id());
    }
  }

  /** Every 5 %: a sibling web application (or a list) sees the run move without this job. */
  private void storeProgress(BacktestRun running) {
    while (nextStored <= progress) {
      nextStored += STORE_EVERY;
    }
    runs.update(tenant, running.withProgress(progress()));
  }

  /** The request's model loaded for this run (closed after it), or null. */
  private BarSignals model() {
    if (prepared.model() == null) {
      return null;
    }
    try {
      return Signals.load(prepared.model(), 0);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot load the model: " + e.getMessage(), e);
    }
  }

  private BarSeries input(RunSettings settings) {
    if (prepared.upload() != null) {
      return prepared.upload();
    }
    BarSource.Stored s = (BarSource.Stored) source;
    Timeframe timeframe = BacktestService.timeframe(s, settings.strategy().timeframe());
    long from = s.from() == null ? 0 : s.from().toEpochMilli();
    long to = s.to() == null ? clock.millis() : s.to().toEpochMilli();
    BarSeries bars = stored.bars(feed, timeframe, from, to);
    if (bars.size() == 0) {
      throw new IllegalArgumentException(
          "no stored " + timeframe + " bars of " + s.symbol() + " in the range");
    }
    return bars;
  }

  private static String reason(RuntimeException e) {
    return e instanceof IllegalArgumentException && e.getMessage() != null
        ? e.getMessage()
        : "the run failed: " + e.getClass().getSimpleName();
  }

  private static String json(Report report) {
    StringWriter out = new StringWriter();
    try {
      JsonReport.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
