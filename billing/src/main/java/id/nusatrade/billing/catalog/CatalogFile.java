package id.nusatrade.billing.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the catalog file. Every mistake names where it is ({@code versions[1].plans[2].price}), so
 * a business edit that breaks the file is rejected with a reason instead of half-applied.
 */
public final class CatalogFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogFile() {}

  public static Catalog read(InputStream in) throws IOException {
    JsonNode root = JSON.readTree(in);
    List<CatalogVersion> versions = new ArrayList<>();
    JsonNode list = required(root, "versions", "");
    for (int i = 0; i < list.size(); i++) {
      versions.add(version(list.get(i), "versions[" + i + "]"));
    }
    return new Catalog(versions);
  }

  private static CatalogVersion version(JsonNode node, String at) {
    int number = required(node, "version", at).asInt();
    String from = required(node, "effectiveFrom", at).asText();
    Map<Tier, Entitlements> entitlements = new EnumMap<>(Tier.class);
    required(node, "tiers", at)
        .properties()
        .forEach(
            e ->
                entitlements.put(
                    tier(e.getKey(), at + ".tiers"),
                    entitlements(e.getValue(), at + ".tiers." + e.getKey())));
    List<Plan> plans = new ArrayList<>();
    JsonNode planList = required(node, "plans", at);
    for (int i = 0; i < planList.size(); i++) {
      plans.add(plan(planList.get(i), at + ".plans[" + i + "]"));
    }
    try {
      return new CatalogVersion(
          number, OffsetDateTime.parse(from).toInstant(), entitlements, plans);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          at + ".effectiveFrom is not a date-time with offset: " + from, e);
    }
  }

  private static Entitlements entitlements(JsonNode node, String at) {
    JsonNode predictions = required(node, "predictionsPerMonth", at);
    try {
      return new Entitlements(
          predictions.isTextual() && "unlimited".equals(predictions.asText())
              ? Entitlements.UNLIMITED
              : predictions.asLong(-2),
          required(node, "confidenceScores", at).asBoolean(),
          required(node, "automatedTrading", at).asBoolean(),
          required(node, "customModels", at).asBoolean(),
          required(node, "prioritySupport", at).asBoolean(),
          required(node, "apiRequestsPerMinute", at).asInt(),
          required(node, "concurrentBacktests", at).asInt());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static Plan plan(JsonNode node, String at) {
    try {
      long rupiah = required(node, "priceRupiah", at).asLong(-1);
      if (rupiah < 0) {
        throw new IllegalArgumentException("priceRupiah must be a whole number of rupiah >= 0");
      }
      return new Plan(
          new PlanId(required(node, "id", at).asText()),
          tier(required(node, "tier", at).asText(), at),
          BillingPeriod.valueOf(required(node, "period", at).asText().toUpperCase(Locale.ROOT)),
          Idr.of(rupiah),
          node.path("trialDays").asInt(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static Tier tier(String code, String at) {
    try {
      return Tier.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          at + ": unknown tier " + code + " (free, pro, enterprise)", e);
    }
  }

  private static JsonNode required(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException((at.isEmpty() ? "" : at + ".") + field + " is missing");
    }
    return value;
  }
}
