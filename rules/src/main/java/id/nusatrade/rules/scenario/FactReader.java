package id.nusatrade.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.RiskInput;
import id.nusatrade.rules.engine.TierInput;
import id.nusatrade.rules.model.RequestKind;
import id.nusatrade.rules.model.TierRequest;
import id.nusatrade.rules.model.TierUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/** Reads the {@code facts} of one scenario, naming the scenario's line in every error. */
final class FactReader {
  /** Billing's catalog as shipped: the one source of tier entitlements. */
  private static final EntitlementCatalog CATALOG = Catalog.standard();

  private final String file;
  private final int line;

  FactReader(String file, int line) {
    this.file = file;
    this.line = line;
  }

  RiskInput risk(JsonNode facts, TradingCalendar calendar) throws ScenarioFile.InvalidScenarioFile {
    only(
        facts,
        "account",
        "order",
        "position",
        "totalExposure",
        "dailyPnl",
        "ordersLastSecond",
        "lossStreak");
    RiskFacts f = new RiskFacts();
    JsonNode a = facts.path("account");
    only(a, "id", "tradingState", "mode", "equity", "liveTradesSoFar", "riskProfile");
    f.accountId = a.path("id").asText(f.accountId);
    f.tradingState =
        orDefault(
            enumValue(
                id.nusatrade.rules.model.TradingState.class,
                a.path("tradingState"),
                "account.tradingState"),
            f.tradingState);
    f.mode =
        orDefault(
            enumValue(id.nusatrade.rules.model.AccountMode.class, a.path("mode"), "account.mode"),
            f.mode);
    f.equity = amount(a.path("equity"), "account.equity", f.equity);
    f.liveTradesSoFar = a.path("liveTradesSoFar").asLong(f.liveTradesSoFar);
    f.riskProfile = a.path("riskProfile").asText(f.riskProfile);
    JsonNode o = facts.path("order");
    only(
        o,
        "symbol",
        "market",
        "side",
        "quantity",
        "price",
        "contractSize",
        "stopLoss",
        "automated",
        "at");
    f.symbol = o.path("symbol").asText(f.symbol);
    f.market =
        orDefault(
            enumValue(id.nusatrade.rules.model.Market.class, o.path("market"), "order.market"),
            f.market);
    f.side =
        orDefault(
            enumValue(id.nusatrade.rules.model.Side.class, o.path("side"), "order.side"), f.side);
    f.quantity = amount(o.path("quantity"), "order.quantity", f.quantity);
    f.price = amount(o.path("price"), "order.price", f.price);
    f.contractSize = amount(o.path("contractSize"), "order.contractSize", f.contractSize);
    f.stopLoss =
        o.has("stopLoss") && o.get("stopLoss").isNull()
            ? null
            : amount(o.path("stopLoss"), "order.stopLoss", f.stopLoss);
    f.automated = o.path("automated").asBoolean(f.automated);
    f.at = instant(o.path("at"), "order.at", f.at);
    f.position = amount(facts.path("position"), "position", f.position);
    f.totalExposure = amount(facts.path("totalExposure"), "totalExposure", f.totalExposure);
    JsonNode pnl = facts.path("dailyPnl");
    only(pnl, "realized", "unrealized");
    f.realizedToday = amount(pnl.path("realized"), "dailyPnl.realized", f.realizedToday);
    f.unrealizedToday = amount(pnl.path("unrealized"), "dailyPnl.unrealized", f.unrealizedToday);
    f.ordersLastSecond = facts.path("ordersLastSecond").asInt(f.ordersLastSecond);
    JsonNode streak = facts.path("lossStreak");
    only(streak, "consecutiveLosses", "lastLossAt");
    f.consecutiveLosses = streak.path("consecutiveLosses").asInt(f.consecutiveLosses);
    f.lastLossAt = instant(streak.path("lastLossAt"), "lossStreak.lastLossAt", f.lastLossAt);
    try {
      return f.build(calendar);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  TierInput tier(JsonNode facts) throws ScenarioFile.InvalidScenarioFile {
    only(facts, "tier", "request", "usage", "at");
    String tier = facts.path("tier").asText("").toUpperCase(Locale.ROOT);
    if (tier.isEmpty()) {
      throw invalid("facts.tier is missing (FREE, PRO, ENTERPRISE)");
    }
    JsonNode r = facts.path("request");
    RequestKind kind;
    String feature = "";
    if (r.isObject()) {
      only(r, "kind", "feature");
      kind = enumValue(RequestKind.class, r.path("kind"), "request.kind");
      feature = r.path("feature").asText("");
    } else {
      kind = enumValue(RequestKind.class, r, "request");
    }
    if (kind == null) {
      throw invalid(
          "facts.request is missing (PREDICTION, API_REQUEST, FEATURE, ADD_STRATEGY, ADD_SYMBOL)");
    }
    JsonNode u = facts.path("usage");
    only(u, "predictionsThisPeriod", "apiRequestsLastMinute", "strategies", "symbols");
    TierUsage usage =
        new TierUsage(
            u.path("predictionsThisPeriod").asLong(0),
            u.path("apiRequestsLastMinute").asLong(0),
            u.path("strategies").asLong(0),
            u.path("symbols").asLong(0));
    Instant at;
    try {
      at = facts.has("at") ? OffsetDateTime.parse(facts.path("at").asText()).toInstant() : null;
    } catch (DateTimeParseException e) {
      throw invalid("facts.at is not a date-time with offset: " + facts.path("at").asText());
    }
    Tier t;
    try {
      t = TierInput.tierNamed(tier);
    } catch (IllegalArgumentException e) {
      throw invalid("facts.tier: " + e.getMessage());
    }
    // the catalog in force when the scenario runs, unless the scenario pins a date
    return TierInput.of(
        CATALOG, t, at == null ? Instant.now() : at, new TierRequest(kind, feature), usage);
  }

  /** Refuses keys other than {@code allowed}: a misspelt fact must not silently use a default. */
  void only(JsonNode node, String... allowed) throws ScenarioFile.InvalidScenarioFile {
    if (!node.isObject()) {
      return;
    }
    Set<String> ok = Set.of(allowed);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!ok.contains(key)) {
        throw invalid(
            "unknown key '" + key + "' (expected one of " + String.join(", ", allowed) + ")");
      }
    }
  }

  <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String what)
      throws ScenarioFile.InvalidScenarioFile {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    try {
      return Enum.valueOf(type, node.asText().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(
          what
              + " '"
              + node.asText()
              + "' is not one of "
              + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }

  private BigDecimal amount(JsonNode node, String what, BigDecimal fallback)
      throws ScenarioFile.InvalidScenarioFile {
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    try {
      return new BigDecimal(node.asText().replace("_", ""));
    } catch (NumberFormatException e) {
      throw invalid(what + " is not a number: '" + node.asText() + "'");
    }
  }

  private Instant instant(JsonNode node, String what, Instant fallback)
      throws ScenarioFile.InvalidScenarioFile {
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    try {
      return OffsetDateTime.parse(node.asText()).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(
          what
              + " is not a time with offset such as 2026-12-02T10:00:00+07:00: '"
              + node.asText()
              + "'");
    }
  }

  private ScenarioFile.InvalidScenarioFile invalid(String problem) {
    return new ScenarioFile.InvalidScenarioFile(file + ":" + line + ": " + problem);
  }
}
