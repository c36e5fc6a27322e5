package id.nusatrade.trading.live;

import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.TierInput;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.Outcome;
import id.nusatrade.rules.model.RequestKind;
import id.nusatrade.rules.model.TierRequest;
import id.nusatrade.rules.model.TierUsage;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Live trading is the tier feature {@value #FEATURE}: the live tier rules judge a FEATURE request
 * for it against the tenant's tier and billing's catalog as of now, so business staff's rule edits
 * and the catalog decide, not this class. A refusal is the rules' {@code CODE: message}.
 */
public final class TierLiveTrading implements LiveTradingPermission {
  /** The catalog entitlement (and tier-rule feature) that includes live and automated trading. */
  public static final String FEATURE = "automatedTrading";

  private static final TierUsage NO_USAGE = new TierUsage(0, 0, 0, 0);

  private final LiveRules tierRules;
  private final EntitlementCatalog catalog;
  private final Function<TenantId, Tier> tiers;
  private final Clock clock;

  /**
   * @param tiers the tenant's subscription tier
   */
  public TierLiveTrading(
      LiveRules tierRules,
      EntitlementCatalog catalog,
      Function<TenantId, Tier> tiers,
      Clock clock) {
    this.tierRules = tierRules;
    this.catalog = catalog;
    this.tiers = tiers;
    this.clock = clock;
  }

  @Override
  public Optional<String> refusal(TenantId tenant) {
    Tier tier = tiers.apply(tenant);
    Decision d =
        tierRules.evaluate(
            TierInput.of(
                catalog,
                tier,
                clock.instant(),
                new TierRequest(RequestKind.FEATURE, FEATURE),
                NO_USAGE));
    if (d.outcome() != Outcome.REJECT) {
      return Optional.empty();
    }
    return Optional.of(
        d.reasons().isEmpty()
            ? "the " + tier + " tier does not include live trading"
            : d.reasons().getFirst().code() + ": " + d.reasons().getFirst().message());
  }
}
