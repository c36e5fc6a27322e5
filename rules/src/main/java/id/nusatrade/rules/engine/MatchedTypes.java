package id.nusatrade.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.EntryPointNode;
import org.kie.api.KieBase;

/**
 * The fact classes a compiled rule base can match: a fact of any other class would be inserted,
 * walked through the network and deleted again for nothing. A request offers both its area's check
 * fact and the parts ({@link RuleInput#addFacts}); the shipped rules match only the check fact, so
 * one insert per evaluation instead of eight, while a rule set written against the parts still gets
 * them. When the rule base cannot be inspected every fact matches.
 */
final class MatchedTypes {
  private final List<Class<?>> types;
  private final boolean everything;
  private final Map<Class<?>, Boolean> byClass = new ConcurrentHashMap<>();

  private MatchedTypes(List<Class<?>> types, boolean everything) {
    this.types = List.copyOf(types);
    this.everything = everything;
  }

  static MatchedTypes of(KieBase kieBase) {
    if (!(kieBase instanceof InternalRuleBase ruleBase)) {
      return new MatchedTypes(List.of(), true);
    }
    List<Class<?>> types = new ArrayList<>();
    for (EntryPointNode entryPoint : ruleBase.getRete().getEntryPointNodes().values()) {
      for (var type : entryPoint.getObjectTypeNodes().keySet()) {
        if (type.equals(ClassObjectType.InitialFact_ObjectType)) {
          continue;
        }
        if (!(type instanceof ClassObjectType classType)) {
          return new MatchedTypes(List.of(), true); // not a plain class: insert everything
        }
        types.add(classType.getClassType());
      }
    }
    return new MatchedTypes(types, false);
  }

  /** Whether a rule of the rule base can match {@code fact}. */
  boolean matches(Object fact) {
    return everything || byClass.computeIfAbsent(fact.getClass(), this::anyTypeOf);
  }

  private boolean anyTypeOf(Class<?> c) {
    for (Class<?> t : types) {
      if (t.isAssignableFrom(c)) {
        return true;
      }
    }
    return false;
  }
}
