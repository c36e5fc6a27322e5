package id.nusatrade.rules.engine;

import id.nusatrade.rules.model.Decision;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running version of one area's rule set. {@link #publish} compiles off to the side and swaps
 * the reference only when the new source is clean, so an invalid source never replaces the running
 * one; {@link #evaluate} reads the reference once, so each evaluation sees exactly one version.
 */
public final class LiveRules {
  private final AtomicReference<CompiledRuleSet> live;

  private LiveRules(CompiledRuleSet first) {
    this.live = new AtomicReference<>(first);
  }

  /** Starts with {@code source} as version {@code version}; a bad source is an error here. */
  public static LiveRules start(RuleSource source, long version) {
    RuleSetCompiler.Compilation c = RuleSetCompiler.compile(source, version);
    if (!c.ok()) {
      throw new IllegalArgumentException(
          "the " + source.area().id() + " rule set does not compile: " + c.errors());
    }
    return new LiveRules(c.ruleSet());
  }

  /** The shipped rule set of {@code area} as version 1. */
  public static LiveRules withDefaults(RuleArea area) {
    return start(RuleSource.defaults(area), 1);
  }

  public Decision evaluate(RuleInput input) {
    return live.get().evaluate(input);
  }

  public CompiledRuleSet current() {
    return live.get();
  }

  /** Makes an already compiled rule set of this area live. */
  public void swap(CompiledRuleSet next) {
    if (next.area() != live.get().area()) {
      throw new IllegalArgumentException(
          "a "
              + next.area().id()
              + " rule set cannot replace the "
              + live.get().area().id()
              + " rules");
    }
    live.set(next);
  }

  /**
   * Compiles {@code source} as {@code version} and, if it is clean, makes it live. Returns the
   * messages; when any is an ERROR the running version is untouched.
   */
  public List<RuleMessage> publish(RuleSource source, long version) {
    if (source.area() != live.get().area()) {
      throw new IllegalArgumentException(
          "a "
              + source.area().id()
              + " source cannot replace the "
              + live.get().area().id()
              + " rules");
    }
    RuleSetCompiler.Compilation c = RuleSetCompiler.compile(source, version);
    if (c.ok()) {
      live.set(c.ruleSet());
    }
    return c.messages();
  }
}
