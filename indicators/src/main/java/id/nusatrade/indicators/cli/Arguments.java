package id.nusatrade.indicators.cli;

import java.nio.file.Path;

/** The command line of {@link IndicatorsCommand}. */
record Arguments(Path input, String spec, Path output, boolean help) {
  static Arguments parse(String[] args) {
    Path input = null;
    String spec = null;
    Path output = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return new Arguments(null, null, null, true);
        }
        case "--input" -> input = Path.of(value(args, ++i, arg));
        case "--set" -> spec = value(args, ++i, arg);
        case "--output" -> output = Path.of(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
    }
    if (input == null || spec == null) {
      throw new IllegalArgumentException("--input and --set are required");
    }
    return new Arguments(input, spec, output, false);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
