package id.nusatrade.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.engine.Trade;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.Side;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metrics against values worked out by hand (shown in the comments). */
class MetricsCalculatorTest {
  private static final long DAY = 86_400_000L;

  /** Five daily bars; equity 100 → 110, 99, 108.9, 121, 121 (initial 100). */
  private static BacktestResult run() {
    long[] time = {0, DAY, 2 * DAY, 3 * DAY, 4 * DAY};
    double[] p = {1, 1, 1, 1, 1};
    BarSeries bars = new BarSeries(time, p, p, p, p, p);
    List<Trade> trades = List.of(trade("10"), trade("-11"), trade("22.1"), trade("0"));
    return new BacktestResult(
        bars,
        trades,
        List.of(),
        new byte[5],
        new double[] {110, 99, 108.9, 121, 121},
        3,
        new BigDecimal("100"),
        new BigDecimal("121"));
  }

  private static Trade trade(String pnl) {
    return new Trade(
        Side.BUY, 0, 1, 0, 1, BigDecimal.ONE, new BigDecimal(pnl), 0, 0, Trade.ExitReason.SIGNAL);
  }

  @Test
  void returnsDrawdownAndTradeStatisticsMatchTheHandComputation() {
    Metrics m = MetricsCalculator.of(run());
    // 121 / 100 - 1
    assertThat(m.totalReturn()).isCloseTo(0.21, within(1e-12));
    // peak 110 at bar 0, trough 99 at bar 1: (110 - 99) / 110 = 0.1; back to 110 first at bar 3
    assertThat(m.maxDrawdown()).isCloseTo(0.1, within(1e-12));
    assertThat(m.maxDrawdownPeakTime()).isEqualTo(0L);
    assertThat(m.maxDrawdownTroughTime()).isEqualTo(DAY);
    assertThat(m.maxDrawdownRecoveryTime()).isEqualTo(3 * DAY);
    // wins 10, 22.1 of 4 trades (0 is not a win); profit factor 32.1 / 11
    assertThat(m.winRate()).isCloseTo(0.5, within(1e-12));
    assertThat(m.profitFactor()).isCloseTo(32.1 / 11, within(1e-12));
    assertThat(m.averageTrade()).isEqualByComparingTo("5.275");
    assertThat(m.exposure()).isCloseTo(0.6, within(1e-12));
    assertThat(m.trades()).isEqualTo(4);
    assertThat(m.netProfit()).isEqualByComparingTo("21");
  }

  @Test
  void annualisedFiguresUseTheMeanBarSpacing() {
    Metrics m = MetricsCalculator.of(run());
    double ppy = 365.25; // daily bars
    assertThat(m.periodsPerYear()).isCloseTo(ppy, within(1e-9));
    // 5 bars = 5 / 365.25 years: CAGR = 1.21^(365.25/5) - 1
    double cagr = Math.pow(1.21, 365.25 / 5) - 1;
    assertThat(m.cagr()).isCloseTo(cagr, within(cagr * 1e-12));
    // returns 0.1, -0.1, 0.1, 0.111111..., 0
    double[] r = {0.1, -0.1, 0.1, 121 / 108.9 - 1, 0};
    double mean = (r[0] + r[1] + r[2] + r[3] + r[4]) / 5;
    double var = 0;
    for (double x : r) {
      var += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(var / 4);
    assertThat(m.sharpe()).isCloseTo(mean / sd * Math.sqrt(ppy), within(1e-9));
    double downside = Math.sqrt(0.01 / 5);
    assertThat(m.sortino()).isCloseTo(mean / downside * Math.sqrt(ppy), within(1e-9));
    assertThat(m.calmar()).isCloseTo(cagr / 0.1, within(cagr * 1e-11));
  }

  @Test
  void undefinedFiguresAreNaNNotZero() {
    long[] time = {0, DAY};
    double[] p = {1, 1};
    BacktestResult flat =
        new BacktestResult(
            new BarSeries(time, p, p, p, p, p),
            List.of(),
            List.of(),
            new byte[2],
            new double[] {100, 100},
            0,
            new BigDecimal("100"),
            new BigDecimal("100"));
    Metrics m = MetricsCalculator.of(flat);
    assertThat(m.winRate()).isNaN();
    assertThat(m.profitFactor()).isNaN();
    assertThat(m.sharpe()).isNaN();
    assertThat(m.averageTrade()).isNull();
    assertThat(m.maxDrawdown()).isZero();
    assertThat(m.maxDrawdownPeakTime()).isNull();
  }
}
