package id.nusatrade.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./nusatrade bench}: runs every benchmark suite (or those named with {@code --only}) and
 * rewrites each suite's section of {@code docs/performance.md} (or the file given with {@code
 * --doc}) as soon as that suite finishes, so an interrupted run keeps what it measured.
 */
public final class BenchMain {
  /** Every suite, in the order they run. Add a suite here with one line. */
  static List<BenchSuite> suites() {
    return List.of(
        new IndicatorSetSuite(),
        new GatewayIngestSuite(),
        new RulesSuite(),
        new SignalsSuite(),
        new TradingSuite(),
        new BacktestSuite(),
        new TradeApprovalSuite(),
        new BillingSuite());
  }

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Path doc = Path.of("docs/performance.md");
    List<String> only = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-h", "--help" -> {
          System.out.print(help());
          return;
        }
        case "--list" -> {
          suites().forEach(s -> System.out.println(s.name() + "\t" + s.heading()));
          return;
        }
        case "--doc" -> doc = Path.of(value(args, ++i, "--doc"));
        case "--only" -> only.addAll(Arrays.asList(value(args, ++i, "--only").split(",")));
        default -> {
          System.err.println(
              "bench: unknown option '" + args[i] + "'. See ./nusatrade bench --help");
          System.exit(2);
        }
      }
    }
    List<BenchSuite> chosen =
        suites().stream().filter(s -> only.isEmpty() || only.contains(s.name())).toList();
    if (chosen.isEmpty()) {
      System.err.println("bench: no suite named " + only + "; --list shows them");
      System.exit(2);
    }
    Clock clock = Clock.systemUTC();
    int n = 0;
    for (BenchSuite suite : chosen) {
      System.out.printf(
          "bench [%d/%d] %s: %s%n", ++n, chosen.size(), suite.name(), suite.heading());
      String section = suite.run(clock);
      String existing = Files.exists(doc) ? Files.readString(doc) : "# Performance\n";
      Files.createDirectories(doc.toAbsolutePath().getParent());
      Files.writeString(doc, replaceSection(existing, suite.heading(), section));
      System.out.println("bench: wrote " + suite.heading() + " to " + doc.toAbsolutePath());
    }
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      System.err.println("bench: " + flag + " needs a value");
      System.exit(2);
    }
    return args[i];
  }

  /** Replaces the section (up to the next level-2 heading) or appends it. */
  static String replaceSection(String document, String heading, String section) {
    int start = document.indexOf(heading + "\n");
    if (start < 0) {
      return document.stripTrailing() + "\n\n" + section;
    }
    int end = document.indexOf("\n## ", start + heading.length());
    String tail = end < 0 ? "" : document.substring(end + 1);
    return document.substring(0, start) + section + (tail.isEmpty() ? "" : "\n" + tail);
  }

  private static String help() {
    StringBuilder s =
        new StringBuilder(
            """
            Usage: ./nusatrade bench [--only NAME[,NAME...]] [--doc FILE] [--list]

            Runs the benchmarks (JMH or load generators; never pass/fail timings) and rewrites each
            suite's section of docs/performance.md with the machine and the load average beside the
            figures. Takes minutes per suite; run it on a quiet machine.

            Suites:
            """);
    suites()
        .forEach(
            x -> s.append("  ").append(x.name()).append("  ").append(x.heading()).append('\n'));
    return s.toString();
  }
}
