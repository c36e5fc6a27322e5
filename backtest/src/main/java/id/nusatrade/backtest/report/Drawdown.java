package id.nusatrade.backtest.report;

/**
 * The deepest fall of an equity series from its running peak, as a fraction of that peak, with the
 * bar times of the peak, the trough and the recovery (the first bar back at the peak; {@code null}
 * if never). Point 0 of the series is the initial equity, dated at the first bar.
 */
record Drawdown(double max, Long peakTime, Long troughTime, Long recoveryTime) {
  static Drawdown of(double[] series, long[] time) {
    if (time.length == 0) {
      return new Drawdown(0, null, null, null);
    }
    double peak = series[0];
    int peakAt = 0;
    double max = 0;
    int bestPeak = -1;
    int bestTrough = -1;
    for (int t = 1; t < series.length; t++) {
      if (series[t] > peak) {
        peak = series[t];
        peakAt = t;
      }
      double dd = (peak - series[t]) / peak;
      if (dd > max) {
        max = dd;
        bestPeak = peakAt;
        bestTrough = t;
      }
    }
    if (bestTrough < 0) {
      return new Drawdown(0, null, null, null);
    }
    Long recovery = null;
    for (int t = bestTrough + 1; t < series.length; t++) {
      if (series[t] >= series[bestPeak]) {
        recovery = time[t - 1];
        break;
      }
    }
    return new Drawdown(max, time[Math.max(0, bestPeak - 1)], time[bestTrough - 1], recovery);
  }
}
