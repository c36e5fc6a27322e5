package id.nusatrade.launcher;

import id.nusatrade.launcher.config.Flags;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.run.ReplayTarget;
import id.nusatrade.launcher.run.StatusCommand;
import id.nusatrade.launcher.run.StopCommand;
import id.nusatrade.launcher.run.Supervisor;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Entry point of {@code ./nusatrade}: dispatches the subcommand. */
public final class Main {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  Main(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  public static void main(String[] args) throws InterruptedException {
    // initialise logging once, before parallel start-up threads race to do it
    org.slf4j.LoggerFactory.getILoggerFactory();
    System.exit(new Main(System.out, System.err, System.getenv()).dispatch(args));
  }

  int dispatch(String[] args) throws InterruptedException {
    if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
      out.print(HelpText.MAIN);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "run", "status", "stop" -> platformCommand(args[0], rest);
      case "replay" ->
          delegated(
              "replay",
              "id.nusatrade.gateway.replay.ReplayCommand",
              "mt5-gateway",
              ReplayTarget.complete(rest, LauncherConfig.load(Map.of(), env), err));
      case "indicators" ->
          delegated(
              "indicators", "id.nusatrade.indicators.cli.IndicatorsCommand", "indicators", rest);
      case "train" -> delegated("train", "id.nusatrade.signals.cli.TrainCommand", "signals", rest);
      case "backtest" ->
          delegated("backtest", "id.nusatrade.backtest.cli.BacktestCommand", "backtest", rest);
      case "rules" -> delegated("rules", "id.nusatrade.rules.cli.RulesCommand", "rules", rest);
      default -> {
        err.println("nusatrade: unknown command '" + args[0] + "'. See ./nusatrade --help");
        yield 2;
      }
    };
  }

  private int platformCommand(String command, String[] args) throws InterruptedException {
    Flags flags;
    try {
      flags = Flags.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      err.println("nusatrade " + command + ": " + e.getMessage());
      return 2;
    }
    if (flags.unknown().contains("--help") || flags.unknown().contains("-h")) {
      out.print(HelpText.forPlatformCommand(command));
      return 0;
    }
    if (!flags.unknown().isEmpty()) {
      err.println(
          "nusatrade "
              + command
              + ": unknown option(s) "
              + flags.unknown()
              + ". See ./nusatrade "
              + command
              + " --help");
      return 2;
    }
    LauncherConfig config = LauncherConfig.load(flags.values(), env);
    return switch (command) {
      case "run" -> new Supervisor(config, out, err, Clock.systemUTC()).run();
      case "status" -> new StatusCommand(config, out).run();
      default -> new StopCommand(config, out, err).run();
    };
  }

  private int delegated(String command, String className, String module, String[] args) {
    LauncherConfig config = LauncherConfig.load(Map.of(), env);
    return new DelegatedCommand(command, className, module).run(args, out, err, config);
  }
}
