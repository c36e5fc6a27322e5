package id.nusatrade.signals.cli;

import id.nusatrade.signals.features.FeatureSpec;
import id.nusatrade.signals.model.ModelKind;
import id.nusatrade.signals.training.TrainOptions;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The command line of {@link TrainCommand}. */
record TrainArguments(Path input, Path out, TrainOptions options, boolean help) {
  static TrainArguments parse(String[] args) {
    Path input = null;
    Path out = null;
    String model = null;
    Integer horizon = null;
    int trials = 1;
    int folds = 5;
    Integer embargo = null;
    long seed = 42;
    double holdBand = 0.05;
    String features = null;
    ZoneId zone = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return new TrainArguments(null, null, null, true);
        }
        case "--input" -> input = Path.of(value(args, ++i, arg));
        case "--out" -> out = Path.of(value(args, ++i, arg));
        case "--model" -> model = value(args, ++i, arg);
        case "--horizon" -> horizon = integer(args, ++i, arg);
        case "--search" -> trials = integer(args, ++i, arg);
        case "--folds" -> folds = integer(args, ++i, arg);
        case "--embargo" -> embargo = integer(args, ++i, arg);
        case "--seed" -> seed = integer(args, ++i, arg);
        case "--hold-band" -> holdBand = number(args, ++i, arg);
        case "--features" -> features = value(args, ++i, arg);
        case "--zone" -> zone = zone(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
    }
    if (input == null || out == null || model == null || horizon == null) {
      throw new IllegalArgumentException("--input, --model, --horizon and --out are required");
    }
    if (features != null && zone != null) {
      throw new IllegalArgumentException(
          "--zone applies to the default features only; put the zone in --features (tod:ZONE)");
    }
    FeatureSpec spec =
        features != null
            ? new FeatureSpec(features)
            : zone != null ? FeatureSpec.defaults(zone) : FeatureSpec.defaults();
    ModelKind kind = ModelKind.parse(model);
    kind.trainer(); // refuses a kind trained elsewhere (onnx) by name
    TrainOptions options =
        new TrainOptions(
            kind,
            spec,
            horizon,
            folds,
            embargo == null ? horizon : embargo,
            trials,
            0.2,
            holdBand,
            seed);
    return new TrainArguments(input, out, options, false);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int integer(String[] args, int i, String option) {
    String text = value(args, i, option);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number, got '" + text + "'");
    }
  }

  private static double number(String[] args, int i, String option) {
    String text = value(args, i, option);
    try {
      double v = Double.parseDouble(text);
      if (v >= 0 && v < 0.5) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        option + " must be a number from 0 to below 0.5, got '" + text + "'");
  }

  private static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--zone: unknown time zone '" + text + "'");
    }
  }
}
