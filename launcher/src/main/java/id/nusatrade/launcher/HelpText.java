package id.nusatrade.launcher;

import id.nusatrade.launcher.config.Flags;

/** The help texts; ./nusatrade keeps a copy of MAIN so --help works before anything is built. */
final class HelpText {
  static final String MAIN =
      """
      Usage: ./nusatrade <command> [options]

      Commands:
        run         start PostgreSQL, Artemis, Zeebe, Keycloak, then Liberty; Ctrl-C stops all
        status      what is running (from .nusatrade/run.pid), memory, and the /health summary
        stop        stop a running platform; also cleans up after a killed run
        replay      replay recorded ticks into the MT5 gateway (mt5-gateway module)
        indicators  compute indicators over bar data (indicators module)
        train       train a signal model on bar data; out-of-sample report (signals module)
        backtest    run a declarative strategy over bar data; trades and metrics (backtest module)
        rules       validate a rule source, run its test scenarios offline (rules module)
        bench       run the benchmarks and rewrite docs/performance.md (bench module)
        test        run the test suite: unit tests, then integration tests on real components
        help        this text

      Every command takes --help. Settings: ./nusatrade run --help
      """;

  private HelpText() {}

  static String forPlatformCommand(String command) {
    String what =
        switch (command) {
          case "run" ->
              """
              Starts the platform and blocks until Ctrl-C or SIGTERM, then stops it in reverse
              order. Refuses to start while another run with the same state dir is alive; stops
              what a killed run left behind first. Any server can be external instead: set its
              *_EXTERNAL_* setting and it is not started, only passed to Liberty.
              """;
          case "status" ->
              """
              Shows the processes recorded in <state dir>/run.pid, their resident memory, and
              Liberty's /health. Exit code 0 healthy, 1 degraded, 3 not running.
              """;
          default ->
              """
              Sends SIGTERM to the running supervisor (which stops its servers in order), waits,
              then stops by PID whatever a killed run left behind.
              """;
        };
    return "Usage: ./nusatrade "
        + command
        + " [--setting value ...]\n\n"
        + what
        + "\nSettings (flag, environment variable, or <state dir>/config.properties):\n"
        + Flags.describeAll();
  }
}
