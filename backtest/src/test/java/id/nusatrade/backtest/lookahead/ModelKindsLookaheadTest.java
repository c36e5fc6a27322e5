package id.nusatrade.backtest.lookahead;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.backtest.TrainedModels;
import id.nusatrade.backtest.engine.Backtester;
import id.nusatrade.backtest.engine.FillMode;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.Signals;
import id.nusatrade.signals.model.ModelKind;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 9, done-when 2, for models: every model kind the signals module trains decides bar i from
 * bars up to i only. A model of each kind is trained here as {@code ./nusatrade train} trains it;
 * then, for several cut bars k, its decisions on bars 0..k are the same whether the bars after k
 * are the real ones, a mirror image of them, or absent (the decision at bar k's close cannot depend
 * on a bar that closes later). The same holds through the backtester ({@link LookaheadCheck} on a
 * strategy trading the model), and the check does flag a strategy that reads the model's next
 * probability ({@code model.probability[-1] > model.probability}), so it can fail.
 */
// ONNX models are trained elsewhere and cannot be trained here; their features come from the same
// feature code as every other kind, and OnnxScorerTest covers their scoring.
class ModelKindsLookaheadTest {
  @TempDir static Path dir;
  static String csv;
  static BarSeries bars;

  @BeforeAll
  static void bars() throws Exception {
    csv = TrainedModels.meanRevertingCsv(5, 700);
    bars = TrainedModels.read(csv);
  }

  @ParameterizedTest
  @EnumSource(value = ModelKind.class, names = "ONNX", mode = EnumSource.Mode.EXCLUDE)
  void decisionsUpToACutDoNotDependOnLaterBars(ModelKind kind) throws Exception {
    Path model = model(kind);
    try (BarSignals signals = Signals.load(model, 0)) {
      List<Decision> full = decide(signals, bars);
      assertThat(full.stream().filter(Decision::warm).count())
          .as("warm decisions to compare")
          .isGreaterThan(bars.size() / 2);
      for (int cut : new int[] {signals.warmUp() + 5, 300, 450, 600, bars.size() - 2}) {
        List<Decision> mirrored =
            decide(signals, bars.withTail(cut + 1, LookaheadCheck.mirror(bars, cut)));
        List<Decision> truncated = decide(signals, bars.slice(0, cut + 1));
        for (int i = 0; i <= cut; i++) {
          assertThat(mirrored.get(i))
              .as(kind + " bar " + i + ", cut " + cut)
              .isEqualTo(full.get(i));
          assertThat(truncated.get(i))
              .as(kind + " bar " + i + ", cut " + cut)
              .isEqualTo(full.get(i));
        }
        if (cut < bars.size() - 50) {
          // the mirror changes what the model decides after the cut, so it is a real change
          assertThat(mirrored.subList(cut + 1, bars.size()))
              .isNotEqualTo(full.subList(cut + 1, bars.size()));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = ModelKind.class, names = "ONNX", mode = EnumSource.Mode.EXCLUDE)
  void theLookaheadCheckPassesAModelStrategyAndFlagsOneReadingTheNextDecision(ModelKind kind)
      throws Exception {
    Path model = model(kind);
    try (BarSignals signals = Signals.load(model, 0)) {
      IndicatorRegistry registry = IndicatorRegistry.standard();
      Backtester backtester =
          new Backtester(
              new FillModel(Costs.NONE),
              FillMode.NEXT_OPEN,
              new BigDecimal("100000"),
              registry,
              signals);
      StrategyFile files = new StrategyFile(registry, true);
      LookaheadCheck check = new LookaheadCheck(backtester);

      LookaheadCheck.Outcome honest =
          check.check(files.parse(strategy("model.buy > 0 or model.probability > 0.6")), bars);
      assertThat(honest.differences()).as(kind.id()).isEmpty();
      assertThat(honest.cutsChecked()).isEqualTo(8);

      LookaheadCheck.Outcome peeking =
          check.check(files.parse(strategy("model.probability[-1] > model.probability")), bars);
      assertThat(peeking.clean()).as(kind.id() + " reading the next decision").isFalse();
    }
  }

  /** Each kind trained once for both tests. */
  private static synchronized Path model(ModelKind kind) throws Exception {
    Path trained = TRAINED.get(kind);
    if (trained == null) {
      trained = TrainedModels.train(dir, csv, kind);
      TRAINED.put(kind, trained);
    }
    return trained;
  }

  private static final java.util.Map<ModelKind, Path> TRAINED =
      new java.util.EnumMap<>(ModelKind.class);

  private static String strategy(String entry) {
    return "name: model-check"
        + "\ntimeframe: D1\nentry:\n  long: "
        + entry
        + "\nexit:\n  long: model.sell > 0\nsize:\n  units: 1\n";
  }

  /** The decision on each bar's close, feeding the bars in order as the live feed does. */
  private static List<Decision> decide(BarSignals signals, BarSeries series) {
    signals.reset();
    List<Decision> out = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      out.add(
          signals.onBar(
              series.time()[i],
              series.open()[i],
              series.high()[i],
              series.low()[i],
              series.close()[i],
              series.volume()[i]));
    }
    return out;
  }
}
