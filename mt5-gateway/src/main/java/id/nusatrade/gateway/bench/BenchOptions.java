package id.nusatrade.gateway.bench;

import id.nusatrade.market.bars.IndicatorSpecs;

/** IngestBenchmark's command line, with defaults. */
public record BenchOptions(
    int eas,
    int seconds,
    boolean journal,
    int pacedRate,
    String waitStrategy,
    String spec,
    String report) {

  public static BenchOptions parse(String[] args) {
    return new BenchOptions(
        Integer.parseInt(arg(args, "--eas", "2")),
        Integer.parseInt(arg(args, "--seconds", "20")),
        !arg(args, "--journal", "on").equals("off"),
        Integer.parseInt(arg(args, "--paced-rate", "50000")),
        arg(args, "--wait", "sleeping"),
        arg(args, "--indicators", IndicatorSpecs.DEFAULT_SPEC),
        arg(args, "--report", "docs/performance.md"));
  }

  private static String arg(String[] args, String name, String def) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return def;
  }
}
