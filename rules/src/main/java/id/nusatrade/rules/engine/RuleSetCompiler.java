package id.nusatrade.rules.engine;

import id.nusatrade.rules.safety.DrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks and compiles a rule source: the allow-list policy first (a refused source is never
 * compiled), then the limit table, then the Drools compiler. Any ERROR means no rule set.
 */
public final class RuleSetCompiler {
  private RuleSetCompiler() {}

  /** A compiled rule set, or null with the messages that explain why not. */
  public record Compilation(CompiledRuleSet ruleSet, List<RuleMessage> messages) {
    public boolean ok() {
      return ruleSet != null;
    }

    public List<RuleMessage> errors() {
      return messages.stream().filter(m -> m.severity() == RuleMessage.Severity.ERROR).toList();
    }
  }

  public static Compilation compile(RuleSource source, long version) {
    List<RuleMessage> messages = new ArrayList<>(DrlPolicy.check(source.drlFile(), source.drl()));
    Map<String, Object> limits =
        source.area().limitsReader().read(source.limitsFile(), source.limits(), messages);
    if (hasErrors(messages)) {
      return new Compilation(null, messages);
    }
    DrlCompiler.Result result = DrlCompiler.compile(source.drlFile(), source.drl());
    messages.addAll(result.messages());
    if (result.kieBase() == null || hasErrors(messages)) {
      return new Compilation(null, messages);
    }
    return new Compilation(
        new CompiledRuleSet(source, version, result.kieBase(), limits), List.copyOf(messages));
  }

  private static boolean hasErrors(List<RuleMessage> messages) {
    return messages.stream().anyMatch(m -> m.severity() == RuleMessage.Severity.ERROR);
  }
}
