package id.nusatrade.signals.cli;

import id.nusatrade.indicators.cli.BadInputException;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.training.ModelTraining;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code train --input BARS.csv --model KIND --horizon N [--search TRIALS] --out DIR}: trains a
 * model with walk-forward validation and writes the model directory and {@code report.json}. Exit 0
 * on success, 2 on bad arguments or input (with the line number), 1 on an I/O failure.
 */
public final class TrainCommand {
  static final String USAGE =
      """
      Usage: train --input <bars.csv> --model lightgbm|xgboost|mlp|ensemble --horizon <N>
                   --out <dir> [--search <trials>] [--folds <k>] [--embargo <bars>]
                   [--features <spec> | --zone <zone>] [--hold-band <b>] [--seed <s>]
             train --help

        --input     CSV with header time,open,high,low,close,volume (time: epoch ms or ISO-8601)
        --model     lightgbm, xgboost, mlp (plain Java) or ensemble (the three, weights learned
                    on validation rows); lstm is not built yet
        --horizon   bars ahead: the label is the sign of close[t+N] - close[t]
        --out       model directory: model.json, the artifact file(s), report.json
        --search    hyper-parameter candidates per fit, chosen on inner validation rows (default 1:
                    the defaults)
        --folds     walk-forward test folds (default 5); --embargo bars (default = horizon)
        --features  feature spec (default: see docs/models.md); --zone puts the default set's
                    time-of-day features in a zone such as Asia/Jakarta
        --hold-band HOLD when the probability of up is within 0.5 +/- b (default 0.05)

      report.json holds out-of-sample figures only (walk-forward, purged and embargoed) with
      block-bootstrap 95% intervals, next to the majority-class and persistence baselines.
      Progress goes to stderr. Exit codes: 0 ok, 2 bad arguments or input, 1 I/O error.
      """;

  private TrainCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    TrainArguments parsed;
    try {
      parsed = TrainArguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("train: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (parsed.help()) {
      out.print(USAGE);
      return 0;
    }
    try {
      BarSeries series = BarSeries.read(parsed.input());
      err.printf(
          "train: %d bars from %s, model %s, horizon %d%n",
          series.size(), parsed.input(), parsed.options().kind().id(), parsed.options().horizon());
      ModelTraining.Result result =
          new ModelTraining(parsed.options(), Clock.systemUTC(), new ProgressBar(err))
              .run(series, parsed.out());
      summary(out, result);
      return 0;
    } catch (BadInputException e) {
      err.println("train: malformed input " + parsed.input() + ", " + e.getMessage());
      return 2;
    } catch (NoSuchFileException e) {
      err.println("train: no such file " + e.getFile());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("train: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("train: I/O error: " + e);
      return 1;
    }
  }

  @SuppressWarnings("unchecked")
  private static void summary(PrintStream out, ModelTraining.Result result) {
    Map<String, Object> oos = (Map<String, Object>) result.report().get("outOfSample");
    Map<String, Object> baselines = (Map<String, Object>) result.report().get("baselines");
    out.printf("model %s%n", result.model().version());
    out.printf(
        "out-of-sample balanced accuracy %.4f, 95%% CI %s, %d rows%n",
        (Double) oos.get("balancedAccuracy"), ci(oos), (Integer) oos.get("samples"));
    for (Map.Entry<String, Object> b : baselines.entrySet()) {
      Map<String, Object> m = (Map<String, Object>) b.getValue();
      out.printf(
          "baseline %-13s balanced accuracy %.4f, 95%% CI %s%n",
          b.getKey(), (Double) m.get("balancedAccuracy"), ci(m));
    }
  }

  private static String ci(Map<String, Object> m) {
    double[] ci = (double[]) m.get("balancedAccuracyCi95");
    return List.of(String.format("%.4f", ci[0]), String.format("%.4f", ci[1])).toString();
  }
}
