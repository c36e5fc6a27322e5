package id.nusatrade.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Reusable sessions of one compiled rule set. A stateless session from Drools' own pool resets the
 * whole session after every call (its object store and every node memory are rebuilt on the next
 * insert); here a session is kept warm instead: one evaluation inserts its facts, fires, and
 * deletes exactly those facts again, which leaves the session empty and its memories allocated.
 *
 * <p>The pool is a fixed row of slots taken and returned with compare-and-set, so any number of
 * threads (platform or virtual) share a few sessions with no lock and no allocation per call. A
 * session is used by one thread at a time. A session whose evaluation threw, or that still holds a
 * fact afterwards, is disposed of, never returned: the next evaluation gets a fresh one. The
 * sessions belong to this rule set and are dropped with it when a new version is swapped in.
 *
 * <p>Deleting the facts makes a used session equal to a fresh one only when every match in it comes
 * from those facts. A rule with an empty left-hand side, or one that starts with {@code not},
 * {@code exists} or {@code accumulate}, matches on Drools' built-in initial fact instead, which
 * stays in the session: such a rule would fire only once per session. {@link #canReuse(KieBase)}
 * detects those rule bases; they are evaluated with a fresh (reset) session every time instead.
 */
final class SessionPool {
  private final KieBase kieBase;
  private final AtomicReferenceArray<Lease> slots;

  SessionPool(KieBase kieBase, int size) {
    this.kieBase = kieBase;
    this.slots = new AtomicReferenceArray<>(size);
  }

  /** A session nobody else uses until {@link #release}; a new one when all slots are empty. */
  Lease take() {
    for (int i = 0; i < slots.length(); i++) {
      Lease lease = slots.getPlain(i);
      if (lease != null && slots.compareAndSet(i, lease, null)) {
        return lease;
      }
    }
    return new Lease(kieBase.newKieSession());
  }

  /** Gives back a session after a clean evaluation; it is disposed of when the pool is full. */
  void release(Lease lease) {
    for (int i = 0; i < slots.length(); i++) {
      if (slots.getPlain(i) == null && slots.compareAndSet(i, null, lease)) {
        return;
      }
    }
    lease.session.dispose();
  }

  /**
   * Whether sessions of {@code kieBase} may be reused by deleting the facts: no rule matches on the
   * initial fact, in any entry point. False when the rule base cannot be inspected.
   */
  static boolean canReuse(KieBase kieBase) {
    if (!(kieBase instanceof InternalRuleBase ruleBase)) {
      return false;
    }
    for (EntryPointNode entryPoint : ruleBase.getRete().getEntryPointNodes().values()) {
      ObjectTypeNode initial =
          entryPoint.getObjectTypeNodes().get(ClassObjectType.InitialFact_ObjectType);
      if (initial != null && initial.getObjectSinkPropagator().size() > 0) {
        return false;
      }
    }
    return true;
  }

  /** One session with the buffers an evaluation reuses. */
  static final class Lease {
    final KieSession session;
    final List<Object> facts = new ArrayList<>(10);
    private FactHandle[] handles = new FactHandle[10];

    Lease(KieSession session) {
      this.session = session;
    }

    /**
     * Inserts {@link #facts}, fires every rule once and deletes the facts again. Returns false when
     * the session is not empty afterwards (it must not be reused then).
     */
    boolean run(String global, Object value) {
      KieSession s = session;
      s.setGlobal(global, value);
      int n = facts.size();
      if (handles.length < n) {
        handles = new FactHandle[n];
      }
      for (int i = 0; i < n; i++) {
        handles[i] = s.insert(facts.get(i));
      }
      s.fireAllRules();
      for (int i = 0; i < n; i++) {
        s.delete(handles[i]);
        handles[i] = null;
      }
      facts.clear();
      return s.getFactCount() == 0;
    }

    void discard(Consumer<RuntimeException> onError) {
      try {
        session.dispose();
      } catch (RuntimeException e) {
        onError.accept(e);
      }
    }
  }
}
