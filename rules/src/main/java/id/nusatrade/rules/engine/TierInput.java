package id.nusatrade.rules.engine;

import id.nusatrade.rules.model.TierRequest;
import id.nusatrade.rules.model.TierUsage;
import java.util.List;

/** A request judged against the subscriber's tier ({@code FREE}, {@code PRO}, ...). */
public record TierInput(String tier, TierRequest request, TierUsage usage) implements RuleInput {
  @Override
  public RuleArea area() {
    return RuleArea.TIER;
  }

  @Override
  public String limitsKey() {
    return tier;
  }

  @Override
  public void addFacts(List<Object> facts) {
    facts.add(request);
    facts.add(usage);
  }
}
