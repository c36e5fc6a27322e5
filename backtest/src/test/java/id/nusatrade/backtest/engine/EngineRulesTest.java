package id.nusatrade.backtest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.backtest.strategy.Strategy;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.fill.Side;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small hand-made bar series, each expected fill worked out by hand in the comments. */
class EngineRulesTest {
  private static final long H = 3_600_000L;

  /** Bars as rows of {open, high, low, close}, one hour apart. */
  private static BarSeries bars(double[]... rows) {
    int n = rows.length;
    long[] t = new long[n];
    double[][] c = new double[5][n];
    for (int i = 0; i < n; i++) {
      t[i] = i * H;
      for (int k = 0; k < 4; k++) {
        c[k][i] = rows[i][k];
      }
      c[4][i] = 1;
    }
    return new BarSeries(t, c[0], c[1], c[2], c[3], c[4]);
  }

  private static Strategy strategy(String body) {
    return new StrategyFile(IndicatorRegistry.standard()).parse("name: t\ntimeframe: H1\n" + body);
  }

  private static BacktestResult run(String body, FillMode mode, Costs costs, BarSeries bars) {
    return new Backtester(
            new FillModel(costs), mode, new BigDecimal("1000"), IndicatorRegistry.standard())
        .run(strategy(body), bars);
  }

  private static final BarSeries SERIES =
      bars(
          new double[] {10, 10.5, 9.5, 10}, // 0
          new double[] {10, 11.2, 9.9, 11}, // 1 close > open: signal
          new double[] {11, 12.5, 10.8, 12}, // 2
          new double[] {12, 12.2, 11.0, 11.5}, // 3 close < open: exit signal
          new double[] {11.4, 11.6, 10.0, 10.2}, // 4
          new double[] {10.2, 10.4, 9.0, 9.5}); // 5

  @Test
  void closeFillsTradeAtTheSignalBarsClose() {
    BacktestResult r =
        run(
            "entry:\n  long: close > open + 0.5\nexit:\n  long: close < open\nsize:\n  units: 2\n",
            FillMode.CLOSE,
            Costs.NONE,
            SERIES);
    // entry on bar 1's close 11; exit signal bar 3, fills at its close 11.5; pnl 2 × 0.5
    Trade t = r.trades().getFirst();
    assertThat(t.entryPrice()).isEqualTo(11);
    assertThat(t.exitPrice()).isEqualTo(11.5);
    assertThat(t.pnl()).isEqualByComparingTo("1");
    // bar 2 also closes 1 above its open, but the position is already open: no second entry
    assertThat(r.trades()).hasSize(1);
  }

  @Test
  void stopLossFillsInsideTheBarAndWinsWhenBothLevelsAreTouched() {
    BacktestResult r =
        run(
            "entry:\n  long: close > open + 0.5\nstop_loss:\n  percent: 10\n"
                + "take_profit:\n  percent: 10\nsize:\n  units: 1\n",
            FillMode.NEXT_OPEN,
            Costs.NONE,
            SERIES);
    // signal bar 1 → buy at bar 2's open 11; stop 9.9, take-profit 12.1; bar 2 high 12.5 ≥ 12.1,
    // low 10.8 > 9.9: take-profit at 12.1
    Trade t = r.trades().getFirst();
    assertThat(t.entryBar()).isEqualTo(2);
    assertThat(t.exitReason()).isEqualTo(Trade.ExitReason.TAKE_PROFIT);
    assertThat(t.exitPrice()).isEqualTo(12.1);

    BacktestResult both =
        run(
            "entry:\n  long: close > open + 0.5\nstop_loss:\n  percent: 1\n"
                + "take_profit:\n  percent: 1\nsize:\n  units: 1\n",
            FillMode.NEXT_OPEN,
            Costs.NONE,
            SERIES);
    // stop 10.89, take-profit 11.11: bar 2 touches both → conservative: stop at 10.89
    assertThat(both.trades().getFirst().exitReason()).isEqualTo(Trade.ExitReason.STOP_LOSS);
    assertThat(both.trades().getFirst().exitPrice()).isCloseTo(10.89, within());
  }

  @Test
  void timeExitLeavesAfterTheGivenNumberOfBars() {
    BacktestResult r =
        run(
            "entry:\n  long: close > open + 0.5\ntime_exit: 2\nsize:\n  units: 1\n",
            FillMode.NEXT_OPEN,
            Costs.NONE,
            SERIES);
    // buy at bar 2's open; held at closes of bars 2 and 3 → exit signal on bar 3, fill at bar 4
    // open
    Trade t = r.trades().getFirst();
    assertThat(t.exitReason()).isEqualTo(Trade.ExitReason.TIME_EXIT);
    assertThat(t.exitBar()).isEqualTo(4);
    assertThat(t.exitPrice()).isEqualTo(11.4);
  }

  @Test
  void shortsReverseAndPayTheSpreadWhenBuyingBack() {
    Costs spread = new Costs(0.1, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE);
    BacktestResult r =
        run(
            "entry:\n  long: close > open + 0.5\n  short: close < open\nsize:\n  units: 1\n",
            FillMode.NEXT_OPEN,
            spread,
            SERIES);
    // long: buy bar 2 open at ask 11.1; short signal bar 3 reverses at bar 4 open: sell at bid
    // 11.4; short closed at the end at the ask 9.5 + 0.1
    Trade first = r.trades().get(0);
    Trade second = r.trades().get(1);
    assertThat(first.side()).isEqualTo(Side.BUY);
    assertThat(first.entryPrice()).isCloseTo(11.1, within());
    assertThat(first.exitReason()).isEqualTo(Trade.ExitReason.REVERSE);
    assertThat(first.exitPrice()).isEqualTo(11.4);
    // commission 1 % of notional per fill: 0.111 + 0.114
    assertThat(first.pnl()).isEqualByComparingTo("0.075");
    assertThat(second.side()).isEqualTo(Side.SELL);
    assertThat(second.entryPrice()).isEqualTo(11.4);
    assertThat(second.exitPrice()).isCloseTo(9.6, within());
  }

  @Test
  void trailingStopFollowsTheHighestPrice() {
    BacktestResult r =
        run(
            "entry:\n  long: close > open + 0.5\ntrailing_stop:\n  distance: 1\nsize:\n  units: 1\n",
            FillMode.NEXT_OPEN,
            Costs.NONE,
            SERIES);
    // buy 11 at bar 2 open; trail 10 in bar 2 (low 10.8 holds), then high 12.5 → trail 11.5;
    // bar 3 low 11.0 ≤ 11.5 → out at 11.5
    Trade t = r.trades().getFirst();
    assertThat(t.exitReason()).isEqualTo(Trade.ExitReason.TRAILING_STOP);
    assertThat(t.exitBar()).isEqualTo(3);
    assertThat(t.exitPrice()).isEqualTo(11.5);
  }

  @Test
  void sizingByEquityPercentAndByRisk() {
    BacktestResult equity =
        run(
            "entry:\n  long: close > open + 0.5\nsize:\n  equity_percent: 50\n  step: 1\n",
            FillMode.NEXT_OPEN,
            Costs.NONE,
            SERIES);
    // 50 % of 1000 at 11 = 45.45 → 45 units (step 1)
    assertThat(equity.trades().getFirst().quantity()).isEqualByComparingTo("45");
    BacktestResult risk =
        run(
            "entry:\n  long: close > open + 0.5\nstop_loss:\n  percent: 10\n"
                + "size:\n  risk_percent: 1\n",
            FillMode.NEXT_OPEN,
            Costs.NONE,
            SERIES);
    // risk 10 of 1000; stop distance 1.1 → 9.0909 → 9.09 (step 0.01)
    assertThat(risk.trades().getFirst().quantity()).isEqualByComparingTo("9.09");
  }

  @Test
  void finerInputIsAggregatedAndInputAtTheTimeframeIsUsedAsIs() {
    assertThat(SERIES.atTimeframe(Timeframe.H1)).isSameAs(SERIES);
    assertThat(SERIES.atTimeframe(Timeframe.M15)).isSameAs(SERIES);
    BarSeries h4 = SERIES.atTimeframe(Timeframe.H4);
    // bars 0-3 and 4-5
    assertThat(h4.size()).isEqualTo(2);
    assertThat(List.of(h4.open()[0], h4.high()[0], h4.low()[0], h4.close()[0]))
        .containsExactly(10.0, 12.5, 9.5, 11.5);
    assertThat(h4.volume()[0]).isEqualTo(4);
    assertThat(h4.time()[1]).isEqualTo(4 * H);
  }

  @Test
  void futureOffsetsReadTheNextBar() {
    BacktestResult r =
        run(
            "entry:\n  long: close[-1] > close + 0.5\nsize:\n  units: 1\n",
            FillMode.CLOSE,
            Costs.NONE,
            SERIES);
    // close[-1] is the next bar's close: true on bar 0 (11 > 10.5), a peek the look-ahead check
    // exists to catch
    assertThat(r.trades().getFirst().entryBar()).isZero();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
