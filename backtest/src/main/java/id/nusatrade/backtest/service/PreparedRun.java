package id.nusatrade.backtest.service;

import id.nusatrade.backtest.costs.CostsFile;
import id.nusatrade.backtest.engine.FillMode;
import id.nusatrade.backtest.run.RunPlan;
import id.nusatrade.backtest.run.RunSettings;
import id.nusatrade.backtest.strategy.Strategy;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.backtest.strategy.StrategyTemplate;
import id.nusatrade.backtest.yaml.YamlException;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.indicators.cli.BadInputException;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.Costs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * A request checked before anything is stored or started: the strategy and costs parsed exactly as
 * {@code ./nusatrade backtest} parses its files, an upload read as its {@code --input} is. Each
 * mistake is an {@link InvalidBacktestException} naming the field and, for text, the line. The
 * model itself is loaded by the job, on its worker thread.
 */
record PreparedRun(RunPlan plan, BarSeries upload, Path model) {

  /** As {@link #of(BacktestRequest, IndicatorRegistry, Path)} without a model. */
  static PreparedRun of(BacktestRequest request, IndicatorRegistry registry) {
    return of(request, registry, null);
  }

  /** {@code model}: the directory of the request's model, already resolved (null: none). */
  static PreparedRun of(BacktestRequest request, IndicatorRegistry registry, Path model) {
    if (request.strategy() == null || request.strategy().isBlank()) {
      throw new InvalidBacktestException(
          "strategy", "strategy: the strategy file's text is required");
    }
    if (request.data() == null) {
      throw new InvalidBacktestException(
          "data", "data: either stored bars (symbol) or an uploaded CSV is required");
    }
    Strategy strategy =
        parse(
            "strategy", () -> new StrategyFile(registry, model != null).parse(request.strategy()));
    if (request.analysis().optimize() != null) {
      StrategyTemplate template =
          parse("strategy", () -> StrategyTemplate.parse(request.strategy()));
      if (template.parameters().isEmpty()) {
        throw new InvalidBacktestException(
            "optimize",
            "optimize: the strategy declares no parameters to search (a 'parameters' mapping of"
                + " ranges, see docs/backtest.md)");
      }
    }
    Costs costs =
        request.costs() == null
                || request.costs().isBlank()
                || request.costs().strip().equals("none")
            ? Costs.NONE
            : parse("costs", () -> CostsFile.parse(request.costs()));
    RunSettings settings =
        new RunSettings(
            strategy, costs, fill(request.fill()), equity(request.equity()), registry, null);
    BarSeries upload = request.data() instanceof BarSource.Upload u ? upload(u.csv()) : null;
    return new PreparedRun(
        new RunPlan(settings, request.strategy(), request.analysis()), upload, model);
  }

  RunSettings settings() {
    return plan.settings();
  }

  private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (YamlException e) {
      throw new InvalidBacktestException(field, e.in(field).getMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidBacktestException(field, field + ": " + e.getMessage());
    }
  }

  private static FillMode fill(String text) {
    if (text == null || text.isBlank()) {
      return FillMode.NEXT_OPEN;
    }
    try {
      return FillMode.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidBacktestException(
          "fill", "fill must be next-open or close, got '" + text + "'");
    }
  }

  private static BigDecimal equity(BigDecimal equity) {
    if (equity == null) {
      return RunSettings.DEFAULT_EQUITY;
    }
    if (equity.signum() <= 0) {
      throw new InvalidBacktestException("equity", "equity must be positive, got " + equity);
    }
    return equity;
  }

  private static BarSeries upload(String csv) {
    if (csv == null || csv.isBlank()) {
      throw new InvalidBacktestException("data", "data: the uploaded CSV is empty");
    }
    try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
      BarSeries bars = BarSeries.read(reader);
      if (bars.size() == 0) {
        throw new InvalidBacktestException("data", "data: the uploaded CSV holds no bars");
      }
      return bars;
    } catch (BadInputException e) {
      throw new InvalidBacktestException("data", "data: uploaded CSV, " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
