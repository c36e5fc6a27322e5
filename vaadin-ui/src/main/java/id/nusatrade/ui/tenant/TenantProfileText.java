package id.nusatrade.ui.tenant;

import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.money.IdrFormat;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.time.IndonesianZone;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenant profile as display text. Decides formatting only: rupiah always as Indonesian invoices
 * print them, counts with the locale's grouping, times in the tenant's own zone (WIB/WITA/WIT).
 *
 * @param translate key to label in the UI's current language
 * @param catalog what each tier includes and costs (the billing catalog, the one source)
 */
public record TenantProfileText(
    Locale locale, Clock clock, Function<String, String> translate, EntitlementCatalog catalog) {

  public String tierName(Tier tier) {
    return translate.apply("tier." + tier.name().toLowerCase(Locale.ROOT));
  }

  public String monthlyQuota(Tier tier) {
    OptionalLong quota = catalog.entitlementsOf(tier, clock.instant()).predictionQuota();
    if (quota.isEmpty()) {
      return translate.apply("tenant.quota.unlimited");
    }
    return NumberFormat.getIntegerInstance(locale).format(quota.getAsLong())
        + " "
        + translate.apply("tenant.quota.unit");
  }

  public String monthlyPrice(Tier tier) {
    return IdrFormat.format(catalog.monthlyPriceOf(tier, clock.instant()));
  }

  public String zone(IndonesianZone zone) {
    return zone.name() + " (" + zone.zoneId().getId() + ")";
  }

  public String localTime(IndonesianZone zone) {
    return zone.format(clock.instant());
  }

  public String roles(User user) {
    return user.roles().stream()
        .sorted()
        .map(r -> translate.apply("role." + r.claim()))
        .collect(Collectors.joining(", "));
  }
}
