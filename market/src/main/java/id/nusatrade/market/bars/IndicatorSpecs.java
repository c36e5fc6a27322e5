package id.nusatrade.market.bars;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.indicators.IndicatorSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which indicators the gateway computes, as configuration: one spec string (the indicators module's
 * syntax, e.g. {@code sma:20,rsi:14}) by default and optionally one per tenant. {@code none} (or an
 * empty string) turns indicators off. Every spec is parsed once here, so a bad one fails at startup
 * quoting the bad token, never on the fast path.
 */
public record IndicatorSpecs(String defaultSpec, Map<TenantId, String> byTenant) {
  public static final String DEFAULT_SPEC = "sma:20,ema:20,rsi:14,macd:12:26:9,bbands:20:2,atr:14";
  public static final String NONE = "none";

  public IndicatorSpecs {
    byTenant = Map.copyOf(byTenant);
    check(defaultSpec);
    byTenant.values().forEach(IndicatorSpecs::check);
  }

  public static IndicatorSpecs defaults() {
    return of(DEFAULT_SPEC);
  }

  public static IndicatorSpecs of(String defaultSpec) {
    return new IndicatorSpecs(defaultSpec, Map.of());
  }

  public IndicatorSpecs withTenant(TenantId tenant, String spec) {
    Map<TenantId, String> m = new HashMap<>(byTenant);
    m.put(tenant, spec);
    return new IndicatorSpecs(defaultSpec, m);
  }

  public String specFor(TenantId tenant) {
    return byTenant.getOrDefault(tenant, defaultSpec);
  }

  /** A fresh set for one stream and timeframe of this tenant; null when its spec is "none". */
  public IndicatorSet create(TenantId tenant) {
    String spec = specFor(tenant);
    return isNone(spec) ? null : IndicatorSet.parse(spec);
  }

  /** The widest snapshot any configured spec produces (sizes preallocated event buffers). */
  public int maxWidth() {
    int width = width(defaultSpec);
    for (String spec : byTenant.values()) {
      width = Math.max(width, width(spec));
    }
    return width;
  }

  private static int width(String spec) {
    return isNone(spec) ? 0 : IndicatorSet.parse(spec).width();
  }

  private static void check(String spec) {
    if (spec == null) {
      throw new IllegalArgumentException("indicator spec missing: give one, or 'none'");
    }
    width(spec);
  }

  private static boolean isNone(String spec) {
    return spec.isBlank() || spec.strip().equalsIgnoreCase(NONE);
  }
}
