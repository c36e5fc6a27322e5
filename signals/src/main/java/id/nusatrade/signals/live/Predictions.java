package id.nusatrade.signals.live;

import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMeter;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.MarketQueries;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.registry.ModelException;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.signals.registry.RegisteredModel;
import java.time.Clock;
import java.util.List;

/**
 * A prediction on demand: the tenant's live model decides on the latest closed bars of the tenant's
 * own feed. Each request counts once against the monthly prediction quota (the usage meter admits
 * it by request id, so a retried request is not counted twice); over quota the meter refuses before
 * any work. A request naming an unknown symbol or timeframe is refused before it is counted.
 */
public final class Predictions {
  /** Closed bars read to warm the features (more than any shipped feature set needs). */
  public static final String BARS = "500";

  private final MarketQueries markets;
  private final ModelService models;
  private final UsageMeter usage;
  private final Clock clock;

  public Predictions(MarketQueries markets, ModelService models, UsageMeter usage, Clock clock) {
    this.markets = markets;
    this.models = models;
    this.usage = usage;
    this.clock = clock;
  }

  /**
   * @throws id.nusatrade.domain.market.InvalidMarketQueryException symbol or timeframe invalid
   * @throws id.nusatrade.domain.market.UnknownSymbolException the tenant does not stream it
   * @throws id.nusatrade.domain.billing.QuotaExceededException over this month's quota
   * @throws ModelException CONFLICT when the feed has no closed bar of that timeframe yet
   */
  public LiveSignal predict(TenantId tenant, String symbol, String timeframe, String requestId) {
    List<Bar> bars = markets.closedBars(tenant, symbol, timeframe, BARS);
    if (bars.isEmpty()) {
      throw new ModelException(
          ModelException.Kind.CONFLICT,
          "no closed " + timeframe + " bar of " + symbol + " yet: nothing to predict from");
    }
    usage.admit(new UsageEvent(requestId, tenant, UsageMetric.PREDICTIONS, clock.instant(), 1));
    RegisteredModel model = models.live(tenant);
    Decision decision = SignalEngine.predict(model, bars);
    Bar last = bars.getLast();
    return new LiveSignal(
        tenant,
        last.feed().account(),
        last.symbol(),
        last.timeframe(),
        last.openTimeMillis(),
        model.id(),
        decision);
  }
}
