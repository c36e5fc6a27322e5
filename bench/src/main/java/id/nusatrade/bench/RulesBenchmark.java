package id.nusatrade.bench;

import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RiskInput;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleSource;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.TradingState;
import id.nusatrade.rules.scenario.RiskFacts;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation = one order intent judged by the full default risk rule set (15 rules over the one
 * {@code RiskCheck} fact) through {@link LiveRules}: read the live version, take a warm session
 * from its pool, insert the fact, fire, delete it, return the decision. The facts are built
 * beforehand: building them is the trading engine's work. The {@code ...OverParts} benchmarks run
 * the same rules written over eight separate facts (the reference, as shipped before), in the same
 * run.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesBenchmark {
  /** The live rules and two intents: one every rule lets through, one that three rules reject. */
  @State(Scope.Benchmark)
  public static class Rules {
    LiveRules live;
    LiveRules overParts;
    RiskInput allowed;
    RiskInput rejected;

    @Setup(Level.Trial)
    public void setUp() {
      live = LiveRules.withDefaults(RuleArea.RISK);
      overParts = LiveRules.start(RuleSource.riskOverParts(), 1);
      TradingCalendar calendar = TradingCalendar.load();
      allowed = new RiskFacts().build(calendar);
      RiskFacts bad = new RiskFacts();
      bad.tradingState = TradingState.HALTED;
      bad.automated = true;
      bad.stopLoss = null;
      bad.quantity = new BigDecimal("60000");
      rejected = bad.build(calendar);
    }
  }

  @Benchmark
  public Decision allowedIntent(Rules r) {
    return r.live.evaluate(r.allowed);
  }

  @Benchmark
  public Decision rejectedIntent(Rules r) {
    return r.live.evaluate(r.rejected);
  }

  @Benchmark
  public Decision allowedIntentOverParts(Rules r) {
    return r.overParts.evaluate(r.allowed);
  }

  @Benchmark
  public Decision rejectedIntentOverParts(Rules r) {
    return r.overParts.evaluate(r.rejected);
  }
}
