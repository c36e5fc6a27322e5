package id.nusatrade.signals.live;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.signals.Decision;
import java.util.UUID;

/**
 * The live model's decision on the close of one bar of a tenant's feed.
 *
 * @param modelId the registry id of the model that decided
 */
public record LiveSignal(
    TenantId tenant,
    long account,
    String symbol,
    Timeframe timeframe,
    long barOpenTime,
    UUID modelId,
    Decision decision) {}
