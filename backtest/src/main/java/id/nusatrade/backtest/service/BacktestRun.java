package id.nusatrade.backtest.service;

import java.time.Instant;

/**
 * A run as the tenant sees it: {@code progress} from 0 to 1; {@code report} the report JSON (as
 * {@code ./nusatrade backtest --report} writes it) once it succeeded; {@code equity} the equity
 * curve as a JSON array of {@code [time, equity]} pairs (at most {@link EquityCurve#MAX_POINTS});
 * {@code error} why it failed; {@code process} the server process that runs (or ran) it, which
 * tells a run still going in a sibling web application from one a restart cut off.
 */
public record BacktestRun(
    BacktestId id,
    String process,
    BacktestStatus status,
    double progress,
    String strategyName,
    String data,
    String fill,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    String error,
    String report,
    String equity) {

  static BacktestRun queued(
      BacktestId id, String process, String strategy, String data, String fill, Instant at) {
    return new BacktestRun(
        id,
        process,
        BacktestStatus.QUEUED,
        0,
        strategy,
        data,
        fill,
        at,
        null,
        null,
        null,
        null,
        null);
  }

  BacktestRun running(Instant at) {
    return new BacktestRun(
        id,
        process,
        BacktestStatus.RUNNING,
        0,
        strategyName,
        data,
        fill,
        createdAt,
        at,
        null,
        null,
        null,
        null);
  }

  BacktestRun withProgress(double value) {
    return new BacktestRun(
        id,
        process,
        status,
        value,
        strategyName,
        data,
        fill,
        createdAt,
        startedAt,
        finishedAt,
        error,
        report,
        equity);
  }

  BacktestRun succeeded(Instant at, String reportJson, String equityJson) {
    return new BacktestRun(
        id,
        process,
        BacktestStatus.SUCCEEDED,
        1,
        strategyName,
        data,
        fill,
        createdAt,
        startedAt,
        at,
        null,
        reportJson,
        equityJson);
  }

  BacktestRun failed(Instant at, String why) {
    return new BacktestRun(
        id,
        process,
        BacktestStatus.FAILED,
        progress,
        strategyName,
        data,
        fill,
        createdAt,
        startedAt,
        at,
        why,
        null,
        null);
  }
}
