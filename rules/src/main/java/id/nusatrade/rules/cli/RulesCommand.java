package id.nusatrade.rules.cli;

import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleMessage;
import id.nusatrade.rules.engine.RuleSetCompiler;
import id.nusatrade.rules.engine.RuleSource;
import id.nusatrade.rules.scenario.ScenarioFile;
import id.nusatrade.rules.scenario.ScenarioResult;
import id.nusatrade.rules.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./nusatrade rules validate FILE...} and {@code ./nusatrade rules test FILE... --scenarios
 * FILE}. Exit codes: 0 everything passed, 1 a check or scenario failed, 2 usage error.
 */
public final class RulesCommand {
  static final String HELP =
      """
      Usage: ./nusatrade rules validate FILE... [--area risk|tier]
             ./nusatrade rules test FILE... --scenarios SCENARIOS.yaml

      validate  checks rule sources offline, as publishing does: a .drl file passes the
                allow-list policy and compiles with the area's shipped limit table; a .csv limit
                table reads with the area's shipped DRL. Messages name the file and line.
      test      compiles the rule set made of the given .drl and/or .csv (the shipped file of
                the scenario file's area fills in the other) and runs every scenario.

      The area is taken from the file name (risk*.drl, tier-limits.csv, ...) or --area.
      Exit codes: 0 all passed, 1 a check or scenario failed, 2 usage error.
      See docs/rules.md for the file formats and the policy.
      """;

  private RulesCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    // Drools finds its services through the context class loader; under the launcher this class
    // comes from a child loader (rules/target/lib) that the context loader cannot see.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(RulesCommand.class.getClassLoader());
    try {
      return dispatch(args, out, err);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static int dispatch(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      (args.length == 0 ? err : out).print(HELP);
      return args.length == 0 ? 2 : 0;
    }
    List<String> files = new ArrayList<>();
    String scenarios = null;
    String area = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          out.print(HELP);
          return 0;
        }
        case "--scenarios" -> scenarios = i + 1 < args.length ? args[++i] : "";
        case "--area" -> area = i + 1 < args.length ? args[++i] : "";
        default -> {
          if (args[i].startsWith("--")) {
            return usage(err, "unknown option '" + args[i] + "'");
          }
          files.add(args[i]);
        }
      }
    }
    if (files.isEmpty()) {
      return usage(err, "name at least one .drl or .csv file");
    }
    try {
      return switch (args[0]) {
        case "validate" -> validate(files, area, out, err);
        case "test" -> {
          if (scenarios == null || scenarios.isEmpty()) {
            yield usage(err, "test needs --scenarios FILE");
          }
          yield test(files, scenarios, out, err);
        }
        default -> usage(err, "unknown subcommand '" + args[0] + "' (validate, test)");
      };
    } catch (UsageException e) {
      return usage(err, e.getMessage());
    }
  }

  private static int validate(List<String> files, String area, PrintStream out, PrintStream err)
      throws UsageException {
    int failed = 0;
    for (String f : files) {
      RuleSource source = sourceWith(RuleSource.defaults(area(f, area)), f);
      if (!report(RuleSetCompiler.compile(source, 0), f, out, err)) {
        failed++;
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private static int test(List<String> files, String scenarios, PrintStream out, PrintStream err)
      throws UsageException {
    ScenarioFile scenarioFile;
    try {
      scenarioFile = ScenarioFile.parse(scenarios, read(scenarios), TradingCalendar.load());
    } catch (ScenarioFile.InvalidScenarioFile e) {
      err.println(e.getMessage());
      return 1;
    }
    RuleSource source = RuleSource.defaults(scenarioFile.area());
    for (String f : files) {
      if (area(f, scenarioFile.area().id()) != scenarioFile.area()) {
        throw new UsageException(
            f + " is not a " + scenarioFile.area().id() + " file, but " + scenarios + " is");
      }
      source = sourceWith(source, f);
    }
    RuleSetCompiler.Compilation c = RuleSetCompiler.compile(source, 0);
    if (!report(c, String.join(" + ", files), out, err)) {
      return 1;
    }
    List<ScenarioResult> results = ScenarioRunner.run(c.ruleSet(), scenarioFile);
    long failed = results.stream().filter(r -> !r.passed()).count();
    results.forEach(r -> (r.passed() ? out : err).println(r.describe()));
    out.println((results.size() - failed) + " passed, " + failed + " failed");
    return failed == 0 ? 0 : 1;
  }

  private static boolean report(
      RuleSetCompiler.Compilation c, String what, PrintStream out, PrintStream err) {
    for (RuleMessage m : c.messages()) {
      (m.severity() == RuleMessage.Severity.ERROR ? err : out).println(m);
    }
    if (c.ok()) {
      out.println(what + ": OK (" + c.ruleSet().ruleNames().size() + " rules)");
    } else {
      err.println(what + ": " + c.errors().size() + " error(s); nothing would be published");
    }
    return c.ok();
  }

  private static RuleSource sourceWith(RuleSource base, String file) throws UsageException {
    String name = Path.of(file).getFileName().toString();
    if (name.endsWith(".drl")) {
      return base.withDrl(name, read(file));
    }
    if (name.endsWith(".csv")) {
      return base.withLimits(name, read(file));
    }
    throw new UsageException(file + ": expected a .drl rule file or a .csv limit table");
  }

  private static RuleArea area(String file, String given) throws UsageException {
    if (given != null) {
      try {
        return RuleArea.of(given);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    String name = Path.of(file).getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    for (RuleArea a : RuleArea.values()) {
      if (name.startsWith(a.id())) {
        return a;
      }
    }
    throw new UsageException(file + ": cannot tell the area from the name; add --area risk|tier");
  }

  private static String read(String file) throws UsageException {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("rules: " + problem);
    err.println("Run ./nusatrade rules --help for usage.");
    return 2;
  }

  private static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }
}
