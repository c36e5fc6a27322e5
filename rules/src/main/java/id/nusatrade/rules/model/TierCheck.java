package id.nusatrade.rules.model;

/**
 * One request judged against the subscriber's tier, as one fact: the request, the usage before it
 * and the tier's limits. A rule reads the parts by name, for example {@code TierCheck(request.kind
 * == RequestKind.PREDICTION, usage.predictionsThisPeriod >= limits.predictionsPerMonth)}.
 */
public record TierCheck(TierRequest request, TierUsage usage, TierLimits limits) {}
