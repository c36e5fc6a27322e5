package id.nusatrade.rules.engine;

import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.rules.limits.TierColumn;
import id.nusatrade.rules.model.TierCheck;
import id.nusatrade.rules.model.TierLimits;
import id.nusatrade.rules.model.TierRequest;
import id.nusatrade.rules.model.TierUsage;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A request judged against the subscriber's tier ({@code FREE}, {@code PRO}, ...). Quotas, the API
 * rate and the catalog's features come from billing's catalog ({@code entitlements}, the one source
 * of tier facts); strategies, symbols and per-user models from the rule set's tier table.
 */
public record TierInput(
    String tier, TierRequest request, TierUsage usage, Entitlements entitlements)
    implements RuleInput {
  public TierInput {
    Objects.requireNonNull(entitlements, "entitlements");
  }

  /** The request with the tier's entitlements in the catalog as of {@code at}. */
  public static TierInput of(
      EntitlementCatalog catalog, Tier tier, Instant at, TierRequest request, TierUsage usage) {
    return new TierInput(tier.name(), request, usage, catalog.entitlementsOf(tier, at));
  }

  /** {@code tier} by name ({@code free}, {@code PRO}, ...). */
  public static Tier tierNamed(String tier) {
    try {
      return Tier.valueOf(tier.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown tier '" + tier + "'; known: FREE, PRO, ENTERPRISE");
    }
  }

  @Override
  public RuleArea area() {
    return RuleArea.TIER;
  }

  @Override
  public String limitsKey() {
    return tier;
  }

  @Override
  public void addFacts(List<Object> facts, Object limits) {
    facts.add(new TierCheck(request, usage, (TierLimits) limits));
    facts.add(request);
    facts.add(usage);
    facts.add(limits);
  }

  /** The catalog's entitlements over the table's column: one fact with every tier limit. */
  @Override
  public Object limitsFact(Object tableColumn) {
    TierColumn column = (TierColumn) tableColumn;
    Set<String> features = new HashSet<>(column.features());
    add(features, "confidenceScores", entitlements.confidenceScores());
    add(features, "automatedTrading", entitlements.automatedTrading());
    add(features, "customModels", entitlements.customModels());
    add(features, "priority", entitlements.prioritySupport());
    return new TierLimits(
        tier,
        entitlements.predictionQuota().orElse(TierLimits.UNLIMITED),
        entitlements.apiRequestsPerMinute(),
        column.maxStrategies(),
        column.maxSymbols(),
        features);
  }

  private static void add(Set<String> features, String feature, boolean included) {
    if (included) {
      features.add(feature);
    }
  }
}
