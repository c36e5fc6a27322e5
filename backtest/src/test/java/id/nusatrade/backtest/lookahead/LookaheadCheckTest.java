package id.nusatrade.backtest.lookahead;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.backtest.AppleBars;
import id.nusatrade.backtest.engine.Backtester;
import id.nusatrade.backtest.engine.FillMode;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LookaheadCheckTest {
  private static final String HEAD = "name: t\ntimeframe: D1\n";
  private final BarSeries apple = AppleBars.series();

  private LookaheadCheck.Outcome check(String body, FillMode mode) {
    Costs costs =
        new Costs(0.05, 0.01, 0.01, BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.1"));
    Backtester backtester =
        new Backtester(
            new FillModel(costs), mode, new BigDecimal("100000"), IndicatorRegistry.standard());
    return new LookaheadCheck(backtester)
        .check(new StrategyFile(IndicatorRegistry.standard()).parse(HEAD + body), apple);
  }

  /** Every strategy feature: indicators of each family, offsets, stops, trailing, time, sizing. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "entry:\n  long: sma(10) crosses_above sma(30)\nexit:\n  long: sma(10) crosses_below sma(30)\nsize:\n  units: 1\n",
        "entry:\n  long: rsi(14) < 40 and close > close[1]\n  short: rsi(14) > 60\nexit:\n  long: rsi(14) > 55\nsize:\n  equity_percent: 50\n",
        "entry:\n  long: macd(12,26,9) crosses_above macd(12,26,9).signal\n  short: close crosses_below bbands(20,2).lower\nstop_loss:\n  distance: 2 * atr(14)\ntake_profit:\n  percent: 4\nsize:\n  risk_percent: 1\n",
        "entry:\n  short: ema(5) crosses_below ema(20) or (high - low) / close > 0.03\ntrailing_stop:\n  distance: atr(14)\ntime_exit: 7\nsize:\n  units: 3\n",
        "entry:\n  long: adx(14) > 20 and stoch(14,3,3) < 30\nexit:\n  long: cci(20) > 100\nsize:\n  units: 1\n",
      })
  void strategiesThatReadOnlyThePastPassForBothFillModes(String body) {
    for (FillMode mode : FillMode.values()) {
      LookaheadCheck.Outcome outcome = check(body, mode);
      assertThat(outcome.differences()).as(mode + "\n" + body).isEmpty();
      assertThat(outcome.cutsChecked()).isEqualTo(8);
    }
  }

  @ParameterizedTest
  @EnumSource(FillMode.class)
  void aStrategyThatPeeksAtTheNextBarIsFlagged(FillMode mode) {
    LookaheadCheck.Outcome outcome =
        check(
            "entry:\n  long: close[-1] > close\nexit:\n  long: close[-1] < close\nsize:\n  units: 1\n",
            mode);
    assertThat(outcome.clean()).isFalse();
    assertThat(outcome.describe()).contains("FAILED").contains("decisions differ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sma(20)[-3] > sma(20)", "close[-5] crosses_above close"})
  void peeksFurtherAheadAreFlaggedToo(String condition) {
    LookaheadCheck.Outcome outcome =
        check("entry:\n  long: " + condition + "\nsize:\n  units: 1\n", FillMode.NEXT_OPEN);
    assertThat(outcome.clean()).isFalse();
  }
}
