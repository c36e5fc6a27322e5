package id.nusatrade.backtest.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.backtest.yaml.YamlException;
import id.nusatrade.indicators.IndicatorRegistry;
import org.junit.jupiter.api.Test;

/** One bad file per error kind: each names the line and column, and what is wrong. */
class StrategyFileErrorsTest {
  private final StrategyFile file = new StrategyFile(IndicatorRegistry.standard());

  private YamlException error(String text) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> file.parse(text));
    assertThat(t).isInstanceOf(YamlException.class);
    return (YamlException) t;
  }

  @Test
  void unknownIndicatorPointsAtItsName() {
    YamlException e =
        error(
            """
            name: x
            timeframe: D1
            entry:
              long: sma(10) crosses_above smaa(30)
            size:
              units: 1
            """);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(31);
    assertThat(e.getMessage()).contains("unknown indicator 'smaa'");
  }

  @Test
  void badIndicatorParameterIsExplainedByTheRegistry() {
    YamlException e =
        error("name: x\ntimeframe: D1\nentry:\n  long: rsi(0) > 70\nsize:\n  units: 1\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("rsi").contains("period");
  }

  @Test
  void badExpressionPointsAtTheOffendingToken() {
    YamlException e =
        error("name: x\ntimeframe: D1\nentry:\n  long: sma(10) > > sma(30)\nsize:\n  units: 1\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(19);
    assertThat(e.getMessage()).contains("got '>'");
  }

  @Test
  void valueWithoutAComparisonIsNotACondition() {
    YamlException e = error("name: x\ntimeframe: D1\nentry:\n  long: rsi(14)\nsize:\n  units: 1\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("expected a condition");
  }

  @Test
  void unbalancedParenthesisIsReported() {
    YamlException e =
        error(
            "name: x\ntimeframe: D1\nentry:\n  long: (close > open and rsi(14) < 30\n"
                + "size:\n  units: 1\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("expected ')'");
  }

  @Test
  void missingKeyNamesTheKeyAndTheMappingItBelongsIn() {
    YamlException e = error("name: x\nentry:\n  long: close > open\nsize:\n  units: 1\n");
    assertThat(e.getMessage()).contains("missing key 'timeframe'");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void wrongTypeNamesTheKeyAndTheValue() {
    YamlException e =
        error("name: x\ntimeframe: D1\nentry:\n  long: close > open\nsize:\n  units: one\n");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.getMessage()).contains("'size.units' must be a number, got 'one'");
  }

  @Test
  void conditionThatIsAMappingIsAWrongType() {
    YamlException e =
        error("name: x\ntimeframe: D1\nentry:\n  long:\n    a: b\nsize:\n  units: 1\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).contains("'entry.long' must be a text value");
  }

  @Test
  void unknownKeyIsATypoNotSilence() {
    YamlException e =
        error(
            "name: x\ntimeframe: D1\nentry:\n  long: close > open\nstoploss:\n  percent: 2\n"
                + "size:\n  units: 1\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).contains("unknown key 'stoploss'");
  }

  @Test
  void unknownTimeframeListsTheKnownOnes() {
    YamlException e =
        error("name: x\ntimeframe: D2\nentry:\n  long: close > open\nsize:\n  units: 1\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("unknown timeframe 'D2'").contains("D1");
  }

  @Test
  void invalidYamlNamesTheLine() {
    YamlException e = error("name: x\ntimeframe: D1\nentry:\n  long: [close > open\nsize: 1\n");
    assertThat(e.getMessage()).contains("not valid YAML");
    assertThat(e.line()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void riskSizingWithoutAStopLossIsRejected() {
    YamlException e =
        error("name: x\ntimeframe: D1\nentry:\n  long: close > open\nsize:\n  risk_percent: 1\n");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.getMessage()).contains("needs a 'stop_loss'");
  }

  @Test
  void unknownIndicatorOutputListsTheOutputs() {
    YamlException e =
        error(
            "name: x\ntimeframe: D1\nentry:\n  long: close > bbands(20, 2).top\nsize:\n"
                + "  units: 1\n");
    assertThat(e.getMessage()).contains("no output 'top'").contains("upper");
  }

  @Test
  void everyFeatureParses() {
    Strategy s =
        file.parse(
            """
            name: all
            timeframe: H1
            entry:
              long: (rsi(14) < 30 or close crosses_above bbands(20, 2).lower) and not macd(12, 26, 9) < macd(12,26,9).signal
              short: "close[1] > ema(50) and (high - low) / close >= 0.01"
            exit:
              long: rsi(14) > 70
              short: rsi(14) <= 30
            stop_loss:
              distance: 2 * atr(14)
            take_profit:
              percent: 3
            trailing_stop:
              distance: atr(14)
            time_exit: 20
            size:
              risk_percent: 1
              step: 0.01
            """);
    assertThat(s.timeExitBars()).isEqualTo(20);
    assertThat(s.size().kind()).isEqualTo(Sizing.Kind.RISK_PERCENT);
    assertThat(s.entryShort()).isNotNull();
    assertThat(s.stopLoss()).isInstanceOf(Distance.Price.class);
  }

  @Test
  void quotedConditionsReportColumnsInsideTheQuotes() {
    assertThatThrownBy(
            () ->
                file.parse(
                    "name: x\ntimeframe: D1\nentry:\n  long: \"close > foo\"\nsize:\n  units: 1\n"))
        .isInstanceOf(YamlException.class)
        .hasMessageContaining("line 4, column 18")
        .hasMessageContaining("unknown value 'foo'");
  }
}
